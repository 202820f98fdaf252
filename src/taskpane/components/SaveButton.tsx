import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { strings, type Language } from "../i18n";
import type { PreparedCopy } from "../standalone";
import { useAttempt } from "./useAttempt";

/** A message takes a line of its own, also in a row of buttons. */
const FULL_LINE = { flexBasis: "100%" };

export interface SaveButtonProps {
  label: string;
  prepare: () => Promise<PreparedCopy>;
  language: Language;
  size?: "small" | "medium";
}

/**
 * Makes a file and hands it to the browser: at once when it keeps everything of the opened file, otherwise once the
 * user has read what it will not keep.
 */
export function SaveButton({ label, prepare, language, size }: SaveButtonProps) {
  const t = strings(language);
  const { busy, notice, setNotice, attempt } = useAttempt(t);
  const [pending, setPending] = useState<PreparedCopy>();
  const save = (copy: PreparedCopy) => {
    copy.save();
    setPending(undefined);
    setNotice({ intent: "success", text: t.file.downloaded(copy.name) });
  };
  const start = () =>
    attempt(async () => {
      const copy = await prepare();
      if (Object.keys(copy.lost).length > 0) setPending(copy);
      else save(copy);
    });
  return (
    <>
      <Button
        size={size}
        icon={busy ? <Spinner size="extra-tiny" /> : <ArrowDownload20Regular />}
        disabled={busy}
        onClick={start}
      >
        {label}
      </Button>
      {pending && (
        <MessageBar intent="warning" style={FULL_LINE}>
          <MessageBarBody>{t.file.willNotKeep(pending.lost)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => save(pending)}>
              {t.file.downloadAnyway}
            </Button>
            <Button size="small" onClick={() => setPending(undefined)}>
              {t.file.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} aria-live="polite" style={FULL_LINE}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
