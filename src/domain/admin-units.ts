// Administrative units (public.admin_units): the province, its district-level units until
// 30 June 2025, and communes and wards. Names are stored in full ("Huyện Văn Giang").

// Longest first, so "Thành phố" is not read as "Thành".
const LEVEL_PREFIXES = ["Thành phố", "Thị trấn", "Thị xã", "Phường", "Huyện", "Tỉnh", "Quận", "Xã"];

/**
 * The unit's name without its level word, for short labels: "Huyện Văn Giang" → "Văn Giang",
 * "Thị xã Mỹ Hào" → "Mỹ Hào". A name that is only a level word is returned as it is.
 */
export function shortUnitName(name: string): string {
  const trimmed = name.trim();
  for (const prefix of LEVEL_PREFIXES) {
    if (trimmed.startsWith(`${prefix} `) && trimmed.length > prefix.length + 1) {
      return trimmed.slice(prefix.length + 1).trim();
    }
  }
  return trimmed;
}
