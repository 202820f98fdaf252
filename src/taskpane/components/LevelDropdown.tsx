import { Dropdown, Option } from "@fluentui/react-components";
import type { Language } from "../../domain/i18n";
import type { UnitLevel } from "../../domain/workbook";
import { strings } from "../i18n";

const LEVELS: UnitLevel[] = ["xa", "huyen", "tinh"];

/** Xã / huyện / tỉnh, as a dropdown. */
export function LevelDropdown({
  level,
  language,
  onChange,
}: {
  level: UnitLevel;
  language: Language;
  onChange: (level: UnitLevel) => void;
}) {
  const t = strings(language);
  return (
    <Dropdown
      value={t.levels[level]}
      selectedOptions={[level]}
      onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as UnitLevel)}
    >
      {LEVELS.map((x) => (
        <Option key={x} value={x}>
          {t.levels[x]}
        </Option>
      ))}
    </Dropdown>
  );
}
