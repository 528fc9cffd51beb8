//! The 32-bit reference to a heap allocation, and the reserved parts of the
//! reference space.
//!
//! ```text
//!  0 .. 63            never a reference: immediates of the representations
//!  64 .. 0xEFFF_FFFF  heap references (ref_base + byte offset of a block)
//!  0xF000_0000 ..     static (ROM) objects: never a heap reference
//! ```

/// A reference to the HEAD block of an allocation.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct GcRef(pub u32);

/// References below this are reserved for the representations' immediates.
pub const MIN_REF: u32 = 64;

/// References from here up name static objects, never heap blocks.
pub const STATIC_REF_START: u32 = 0xF000_0000;

/// `ref_base` of an arena whose address cannot be its reference (a host
/// arena, or one above 4 GiB): 64 KiB keeps refs clear of [`MIN_REF`] and
/// block-aligned for every block size.
pub const HOST_REF_BASE: u32 = 0x0001_0000;
