/**
 * @module Which addresses a web capture may reach. Only http and https; and, unless the operator
 * allows it, no address inside this machine or its private networks — a capture request must not
 * become a way to read the server's neighbours (SSRF). Pure: the caller resolves names to
 * addresses and asks about each.
 */

/** Why a URL cannot be captured, in words that name the problem. */
export class CaptureTargetError extends Error {
  override readonly name = "CaptureTargetError";
  constructor(
    readonly code: "invalid_url" | "scheme" | "private_address",
    message: string,
  ) {
    super(message);
  }
}

/** The URL to capture, or a CaptureTargetError naming what is wrong with it. */
export function parseCaptureUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CaptureTargetError("invalid_url", `"${raw}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CaptureTargetError(
      "scheme",
      `${url.protocol.replace(/:$/, "")} URLs cannot be captured: only http and https`,
    );
  if (url.username || url.password)
    throw new CaptureTargetError("invalid_url", `${url.origin}: a URL with a password is refused`);
  url.hash = "";
  return url;
}

function ipv4Octets(address: string): number[] | null {
  const parts = address.split(".");
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** IPv4 ranges that are not the public internet: this host, private networks, link-local, CGNAT, multicast, reserved. */
function privateIpv4([a = 0, b = 0, c = 0]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** The 16-bit groups of an IPv6 address (with "::" expanded and a dotted IPv4 tail converted), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const o = ipv4Octets(v4[1]);
    if (!o) return null;
    text = `${text.slice(0, -v4[1].length)}${((o[0] ?? 0) * 256 + (o[1] ?? 0)).toString(16)}:${((o[2] ?? 0) * 256 + (o[3] ?? 0)).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const groups = [...head, ...Array<string>(fill).fill("0"), ...tail].map((g) =>
    /^[0-9a-f]{1,4}$/i.test(g) ? Number.parseInt(g, 16) : Number.NaN,
  );
  return groups.length === 8 && groups.every((g) => !Number.isNaN(g)) ? groups : null;
}

/**
 * True when an IP address (v4 or v6, as DNS returns it) is loopback, private, link-local,
 * unspecified, multicast or reserved — anything but the public internet. Unparseable counts as private.
 * @example isPrivateAddress("127.0.0.1") // true
 * @example isPrivateAddress("93.184.216.34") // false
 */
export function isPrivateAddress(address: string): boolean {
  const v4 = ipv4Octets(address);
  if (v4) return privateIpv4(v4);
  const g = ipv6Groups(address);
  if (!g) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address: judge that.
  if (zeroHead && (g5 === 0xffff || g5 === 0) && (g6 !== 0 || g7 > 1))
    return privateIpv4([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]);
  if (zeroHead && g5 === 0 && g6 === 0 && g7 <= 1) return true; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x64 && g1 === 0xff9b) return privateIpv4([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]);
  if (g0 === 0x2001 && g1 === 0xdb8) return true; // documentation
  return false;
}
