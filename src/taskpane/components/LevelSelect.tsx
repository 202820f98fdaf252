import { Select } from "@fluentui/react-components";
import type { Language } from "../../domain/i18n";
import type { UnitLevel } from "../../domain/workbook";
import { strings } from "../i18n";

const LEVELS: UnitLevel[] = ["xa", "huyen", "tinh"];

/** Xã / huyện / tỉnh, as a native select (light, and each platform's own list). */
export function LevelSelect({
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
    <Select value={level} onChange={(_, data) => onChange(data.value as UnitLevel)}>
      {LEVELS.map((x) => (
        <option key={x} value={x}>
          {t.levels[x]}
        </option>
      ))}
    </Select>
  );
}
