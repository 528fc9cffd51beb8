//! What the collector must know about an allocation besides its size: does
//! it need a finaliser call when it dies, and may it hold references at all.

use core::ops::{BitOr, BitOrAssign};

/// Per-allocation flags, kept in the finaliser and no-scan bitmaps of the
/// allocation's HEAD block.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct AllocFlags(u8);

impl AllocFlags {
    /// An ordinary object: scanned for references, no finaliser.
    pub const NONE: AllocFlags = AllocFlags(0);
    /// Call the finaliser hook when the collector frees it.
    pub const FINALISER: AllocFlags = AllocFlags(1);
    /// Raw bytes (string data, bigint digits): never scanned for references.
    pub const NO_SCAN: AllocFlags = AllocFlags(2);
    /// Leave the blocks as they are instead of zeroing them: for no-scan
    /// objects whose every byte the caller writes before reading (a str's
    /// text). Not kept in the tables.
    pub const UNINIT: AllocFlags = AllocFlags(4);

    /// Whether every flag of `other` is set in `self`.
    pub const fn contains(self, other: AllocFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// The raw bits, for storage by callers.
    pub const fn bits(self) -> u8 {
        self.0
    }
}

impl BitOr for AllocFlags {
    type Output = AllocFlags;
    fn bitor(self, rhs: AllocFlags) -> AllocFlags {
        AllocFlags(self.0 | rhs.0)
    }
}

impl BitOrAssign for AllocFlags {
    fn bitor_assign(&mut self, rhs: AllocFlags) {
        self.0 |= rhs.0;
    }
}
