import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { strings } from "../i18n";
import { describeCoverage, isPartial } from "../../domain/rules";
import type { Settings } from "../settings";
import type { FolderFile, PreparedCopy } from "../standalone";
import { SaveButton } from "./SaveButton";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `1px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  toggle: {
    justifyContent: "flex-start",
    minWidth: 0,
    maxWidth: "100%",
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
  },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  overlay: {
    position: "fixed",
    inset: 0,
    zIndex: 1000,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    pointerEvents: "none",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    border: `3px dashed ${tokens.colorBrandStroke1}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  folder: {
    margin: 0,
    paddingLeft: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
});

export interface FileBarProps {
  settings: Settings;
  fileName?: string;
  /** The files opened together, with their counts: each opens on a click. */
  folder: FolderFile[];
  onOpen: (files: { name: string; bytes: Uint8Array }[]) => Promise<void>;
  onPick: (file: FolderFile) => Promise<void>;
  /** The workbook as it is now, with the sheets and records the pane wrote into it. */
  onSave: () => Promise<PreparedCopy>;
  children: ReactNode;
}

/** The standalone page's workbook: the sample, or a file the user opens or drops. Wraps the pane as a drop zone. */
export function FileBar({ settings, fileName, folder, onOpen, onPick, onSave, children }: FileBarProps) {
  const styles = useStyles();
  const t = strings(settings.language);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string>();
  const [expanded, setExpanded] = useState(true);
  const detailsId = useId();

  async function attempt(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const open = (files: File[]) =>
    files.length > 0 &&
    attempt(async () =>
      onOpen(
        await Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
        ),
      ),
    );

  // Files dropped anywhere on the page open here: the browser never leaves the page to show a dropped file.
  const opening = useRef(open);
  opening.current = open;
  useEffect(() => {
    const hasFiles = (event: globalThis.DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const over = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: globalThis.DragEvent) => {
      if (!event.relatedTarget) setDragging(false); // left the window
    };
    const drop = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void opening.current([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <div>
      {dragging && (
        <div className={styles.overlay} aria-hidden="true">
          {t.file.dropHere}
        </div>
      )}
      <section className={mergeClasses(styles.bar, dragging && styles.dragging)} aria-label={t.file.region}>
        <Button
          className={styles.toggle}
          appearance="transparent"
          size="small"
          icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded(!expanded)}
        >
          {t.file.current(fileName ?? t.file.sample)}
        </Button>
        <div className={styles.row}>
          <Button
            size="small"
            icon={busy ? <Spinner size="extra-tiny" /> : <FolderOpen20Regular />}
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {busy ? t.file.opening : t.file.open}
          </Button>
          <SaveButton size="small" label={t.file.save} prepare={onSave} language={settings.language} />
        </div>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.file.open}
          hidden
          multiple
          onChange={(e) => {
            void open([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        {expanded && (
          <div id={detailsId} className={styles.details}>
            {!fileName && (
              <Text size={200} className={styles.muted}>
                {t.standaloneHint}
              </Text>
            )}
            {folder.length > 1 && (
              <ul className={styles.folder} aria-label={t.file.folder(folder.length)}>
                {folder.map((file) => (
                  <li key={file.name}>
                    <Button
                      size="small"
                      appearance={file.name === fileName ? "primary" : "subtle"}
                      disabled={busy || file.status === "unreadable"}
                      onClick={() => void attempt(() => onPick(file))}
                    >
                      {file.name}
                    </Button>
                    <Text size={200} className={styles.muted}>
                      {file.status === "unreadable"
                        ? file.problem
                        : file.status === "no-tables"
                          ? t.file.noTables
                          : [
                              t.file.counts(file.errors, file.warnings),
                              ...(file.coverage && isPartial(file.coverage)
                                ? [t.file.checkedInPart(describeCoverage(file.coverage, settings.language))]
                                : []),
                            ].join(" · ")}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            <Text size={200} className={styles.muted}>
              {t.file.drop} {t.file.privacy}
            </Text>
          </div>
        )}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      {children}
    </div>
  );
}
