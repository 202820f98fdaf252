import { DatePicker } from "@fluentui/react-datepicker-compat";
import { Field } from "@fluentui/react-components";
import { useState } from "react";
import { displayDate, parseDisplayDate } from "../../domain/dates";
import { strings } from "../i18n";
import type { Settings } from "../settings";

/** Dates go both ways as dd/mm/yyyy: "01/07/2025" is the first of July, typed or picked, in either language. */
const toIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
const fromIso = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(year, month - 1, day);
};
const MONDAY = 1; // Vietnamese calendars start the week on Monday (DayOfWeek.Monday)

export interface DateFieldProps {
  label: string;
  /** ISO date, or "" when empty. */
  value: string;
  /** ISO date, or "" when cleared. */
  onChange: (value: string) => void;
  /** Whether what is typed is a date (or nothing); the last date stays the value meanwhile. */
  onValidity: (valid: boolean) => void;
  language: Settings["language"];
  /** A message of the form's (a period that runs backwards), shown when the date itself is fine. */
  validationMessage?: string;
  className?: string;
}

export function DateField(props: DateFieldProps) {
  const { label, value, onChange, onValidity, language, validationMessage, className } = props;
  const t = strings(language).calendar;
  const [invalid, setInvalid] = useState(false);
  const message = invalid ? t.invalid : validationMessage;
  return (
    <Field label={label} className={className} validationMessage={message}>
      <DatePicker
        allowTextInput
        value={value ? fromIso(value) : null}
        placeholder={t.placeholder}
        strings={t.picker}
        firstDayOfWeek={MONDAY}
        formatDate={(date) => (date ? displayDate(toIso(date)) : "")}
        parseDateFromString={(text) => {
          const iso = parseDisplayDate(text);
          return iso ? fromIso(iso) : null;
        }}
        onSelectDate={(date) => onChange(date ? toIso(date) : "")}
        onValidationResult={({ error }) => {
          setInvalid(error === "invalid-input");
          onValidity(error !== "invalid-input");
        }}
      />
    </Field>
  );
}
