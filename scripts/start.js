// `npm start`, the main job: build and serve the add-in, then say how to sideload it into Excel and where the
// standalone page is. Works on a machine without Excel.
const path = require("path");
const { startDevServer } = require("./dev-server");

const manifest = path.resolve(__dirname, "..", "manifest.xml");

function banner({ origin, https, caFile }) {
  const lines = [
    "",
    "BC06 – Báo cáo Đề án 06 đang chạy / is running",
    `  Trang độc lập (standalone page): ${origin}/taskpane.html`,
    `  Sổ tính mẫu để mở trên trang đó (sample workbook): ${origin}/examples/xa-long-hiep.xlsx`,
    `  Manifest: ${manifest}`,
    "",
    "Nạp vào Excel (sideload):",
    "  • Excel trên web: Trang đầu › Bổ trợ › Thêm bổ trợ › Tải lên bổ trợ của tôi › chọn manifest.xml.",
    "  • Excel trên Windows: chia sẻ thư mục chứa manifest.xml, thêm đường dẫn vào File › Options › Trust Center ›",
    "    Trusted Add-in Catalogs, khởi động lại Excel, rồi Home › Add-ins › Shared Folder › BC06.",
    "  • Excel trên macOS: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/.",
  ];
  if (https) {
    lines.push(
      `  Excel chỉ tải trang HTTPS tin cậy: hãy tin cậy chứng chỉ gốc ${caFile} trên máy dùng Excel.`,
    );
  } else {
    lines.push("  Máy chủ đang chạy http: Excel cần HTTPS, nên chỉ dùng được trang độc lập.");
  }
  lines.push("", "Dừng: Ctrl+C");
  console.log(lines.join("\n"));
}

startDevServer({ http: process.argv.includes("--http") })
  .then(banner)
  .catch((error) => {
    console.error(`Không khởi động được BC06: ${error.message}`);
    process.exit(1);
  });
