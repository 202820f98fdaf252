// pdfjs-dist ships no types for its worker module, which is imported only for its side effect (globalThis.pdfjsWorker).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
