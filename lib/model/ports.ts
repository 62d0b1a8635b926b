// Host ports of `runtime: container` services. Every service of a region runs on the same
// containerd hosts, so each needs its own ports there: the node-local switch the gateway
// sends to, and one port per colour that the switch points at. Validation checks the
// allocation (a region that cannot get one is an error) and render prints it, both from here.

/** How many services one region's hosts can hold: one slot per service. */
export const PORT_SLOTS = 4000;
/**
 * Slot s gives the switch SWITCH_BASE+s, blue BLUE_BASE+s and green GREEN_BASE+s: three ranges
 * of PORT_SLOTS, all below Linux's ephemeral range (32768–60999), so no outgoing connection
 * holds a port a container is about to publish, and clear of 8080 (the gateway) and 9100
 * (node_exporter).
 */
export const SWITCH_BASE = 20000;
export const BLUE_BASE = SWITCH_BASE + PORT_SLOTS;
export const GREEN_BASE = BLUE_BASE + PORT_SLOTS;

export interface ContainerPorts {
  /** The node-local switch (nginx) that serves the active colour; the gateway's target. */
  switchPort: number;
  bluePort: number;
  greenPort: number;
}

/**
 * Ports for the container services of one region, by service name. A service's slot is a hash
 * of its name, so it keeps its ports when other services are added or removed; two names whose
 * hashes meet are placed in name order, the later one on the next free slot. So adding a
 * service moves another only when the new one's hash lands on that one's slot and its name
 * sorts first (odds about n in 4000 for a region of n services). Throws past PORT_SLOTS
 * services: validation reports that first.
 */
export function allocateContainerPorts(names: readonly string[]): Map<string, ContainerPorts> {
  const unique = [...new Set(names)].sort();
  if (unique.length > PORT_SLOTS)
    throw new Error(`${unique.length} container services in one region; at most ${PORT_SLOTS}`);
  const taken = new Set<number>();
  const ports = new Map<string, ContainerPorts>();
  for (const name of unique) {
    let slot = homeSlot(name);
    while (taken.has(slot)) slot = (slot + 1) % PORT_SLOTS;
    taken.add(slot);
    ports.set(name, {
      switchPort: SWITCH_BASE + slot,
      bluePort: BLUE_BASE + slot,
      greenPort: GREEN_BASE + slot,
    });
  }
  return ports;
}

/** FNV-1a (32 bit) of the name, modulo the slots: stable across runs, machines and versions. */
export function homeSlot(name: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PORT_SLOTS;
}
