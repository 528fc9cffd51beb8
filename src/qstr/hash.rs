// The string hash shared by interned strings and str objects; also compiled into
// build.rs, so it stays a plain function with no dependencies.
//
// FNV-1a over all bytes, 32 bits wide: wide enough that keys like 'k0'..'k999'
// spread over a dict's index (a 16-bit hash clusters them), and cheap on a
// Cortex-M4 (one xor and one multiply per byte).

/// FNV-1a, 32-bit.
pub const fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5; // FNV offset basis
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193); // FNV prime
        i += 1;
    }
    h
}
