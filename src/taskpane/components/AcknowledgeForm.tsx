// The reason a user gives for a warning they acknowledge. Loaded when the first one is acknowledged.
import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export function AcknowledgeForm({
  t,
  onSave,
  onCancel,
}: {
  t: Strings;
  onSave: (reason: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  // The reason box takes the focus when it opens.
  useEffect(() => reasonBox.current?.focus(), []);
  return (
    <>
      <Field label={t.check.reason}>
        <Textarea
          ref={reasonBox}
          value={reason}
          onChange={(_, data) => setReason(data.value)}
          resize="vertical"
        />
      </Field>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabled={!reason.trim()}
          onClick={() => onSave(reason.trim())}
        >
          {t.check.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.check.cancel}
        </Button>
      </div>
    </>
  );
}
