/**
 * The source package a training module's group belongs to. The units corpus names its groups
 * after the default corpus's directories ("tu/debian-zlib" holds whole units of "debian:zlib"), so
 * leave-one-group-out that left out one but not the other would score a package on its own code.
 */
export function sourcePackage(group: string): string {
  const unit = group.startsWith("tu/") ? group.slice("tu/".length) : group;
  return unit.startsWith("debian-") ? `debian:${unit.slice("debian-".length)}` : unit;
}
