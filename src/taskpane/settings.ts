import { z } from "zod";

/** The user's preferences, kept on this computer (localStorage); nothing leaves it. */
export const SettingsSchema = z.object({
  language: z.enum(["vi", "en"]).default("vi"),
  acceptTruncated: z.boolean().default(true),
  defaultUnit: z.string().max(200).default(""),
  defaultLevel: z.enum(["xa", "huyen", "tinh"]).default("xa"),
  jumpThreshold: z.number().min(1).max(100).default(30),
  /** Tables are checked again as the user edits them (Excel only). */
  liveCheck: z.boolean().default(true),
  /** The three steps of the first-run help were shown and put away. */
  helpSeen: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = "bc06.settings";

export function loadSettings(
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage,
): Settings {
  try {
    return SettingsSchema.parse(JSON.parse(storage?.getItem(KEY) ?? "{}"));
  } catch {
    return SettingsSchema.parse({}); // unreadable or tampered: start from the defaults
  }
}

export function saveSettings(
  settings: Settings,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage can be disabled (private mode, policies): settings then last for this session only.
  }
}
