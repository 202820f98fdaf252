import * as z from "zod/mini";

/** The user's preferences, kept on this computer (localStorage); nothing leaves it. */
export const SettingsSchema = z.object({
  language: z._default(z.enum(["vi", "en"]), "vi"),
  acceptTruncated: z._default(z.boolean(), true),
  defaultUnit: z._default(z.string().check(z.maxLength(200)), ""),
  defaultLevel: z._default(z.enum(["xa", "huyen", "tinh"]), "xa"),
  jumpThreshold: z._default(z.number().check(z.minimum(1), z.maximum(100)), 30),
  /** Tables are checked again as the user edits them (Excel only). */
  liveCheck: z._default(z.boolean(), true),
  /** The three steps of the first-run help were shown and put away. */
  helpSeen: z._default(z.boolean(), false),
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
