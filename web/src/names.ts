/** A place's name in the user's language: its Chinese name where the scenario gives one. */
export function placeName(p: { name: string; nameZh?: string | undefined }, lang: string): string {
  return lang.startsWith('zh') && p.nameZh ? p.nameZh : p.name;
}
