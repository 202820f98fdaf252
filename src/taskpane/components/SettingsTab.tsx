import { Button, Field, Input, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { strings } from "../i18n";
import type { Settings } from "../settings";
import { LevelSelect } from "./LevelSelect";
import { usePanelStyles } from "./styles";

export interface SettingsTabProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  onShowHelp: () => void;
}

export function SettingsTab({ settings, onChange, onShowHelp }: SettingsTabProps) {
  const styles = usePanelStyles();
  const t = strings(settings.language);
  return (
    <div className={styles.panel}>
      <Field label={t.settings.language}>
        <RadioGroup
          value={settings.language}
          onChange={(_, data) => onChange({ ...settings, language: data.value as Settings["language"] })}
        >
          <Radio value="vi" label="Tiếng Việt" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Field hint={t.settings.truncationHint}>
        <Switch
          label={t.settings.truncation}
          checked={settings.acceptTruncated}
          onChange={(_, data) => onChange({ ...settings, acceptTruncated: data.checked })}
        />
      </Field>
      <Field hint={t.settings.liveCheckHint}>
        <Switch
          label={t.settings.liveCheck}
          checked={settings.liveCheck}
          onChange={(_, data) => onChange({ ...settings, liveCheck: data.checked })}
        />
      </Field>
      <Field label={t.settings.defaultUnit}>
        <Input
          value={settings.defaultUnit}
          placeholder={t.templates.unitPlaceholder}
          onChange={(_, data) => onChange({ ...settings, defaultUnit: data.value })}
        />
      </Field>
      <Field label={t.settings.jumpThreshold}>
        <Input
          type="number"
          min={1}
          max={100}
          value={String(settings.jumpThreshold)}
          onChange={(_, data) => {
            const value = Number(data.value);
            if (Number.isFinite(value) && value >= 1 && value <= 100)
              onChange({ ...settings, jumpThreshold: value });
          }}
        />
      </Field>
      <Field label={t.settings.defaultLevel}>
        <LevelSelect
          level={settings.defaultLevel}
          language={settings.language}
          onChange={(defaultLevel) => onChange({ ...settings, defaultLevel })}
        />
      </Field>
      <Button onClick={onShowHelp}>{t.help.again}</Button>
    </div>
  );
}
