//! References to static (ROM) objects: types, builtin functions, modules and
//! constant objects live in `static` tables (flash on the MCU, no RAM) and
//! are named by 32-bit references in a part of the reference space that no
//! heap reference uses.
//!
//! ```text
//!   1111 rrrr iiii iiii iiii iiii iiii ii00
//!   ^^^^ ROM  ^^^^ region (table)       ^^ pointer tag of every representation
//!             ^^^^^^^^^^^^^^^^^^^^^^^^ index in that table (22 bits)
//! ```
//! Heap references are arena offsets plus a base below `0xF000_0000` on the
//! host, and SRAM addresses (`0x2000_0000`…) on the MCU, so the two never meet.
//! A ROM type's reference encodes its [`crate::runtime::types::TypeId`]
//! directly, so "what kind of builtin object is this" is arithmetic, not a load.

use mupy_reprs::ObjRef;

pub const ROM_BASE: u32 = 0xF000_0000;

/// The tables a ROM reference can point into.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Region {
    /// `types::TYPES`: builtin types and exception classes.
    Type = 0,
    /// `natives::NATIVES`: builtin functions and methods.
    Native = 1,
    /// `modules::MODULES`: builtin modules.
    Module = 2,
    /// `consts::CONST_OBJECTS`: constant objects (the empty tuple, …).
    Const = 3,
}

const REGION_SHIFT: u32 = 24;
const INDEX_MASK: u32 = (1 << (REGION_SHIFT - 2)) - 1;

#[inline(always)]
pub const fn rom_ref(region: Region, index: u32) -> ObjRef {
    ObjRef(ROM_BASE | (region as u32) << REGION_SHIFT | (index & INDEX_MASK) << 2)
}

#[inline(always)]
pub const fn is_rom(r: ObjRef) -> bool {
    r.0 >= ROM_BASE
}

/// The table and index of a ROM reference, or `None` for a heap reference.
#[inline(always)]
pub fn decode(r: ObjRef) -> Option<(Region, u32)> {
    if !is_rom(r) {
        return None;
    }
    let region = match (r.0 >> REGION_SHIFT) & 0xf {
        0 => Region::Type,
        1 => Region::Native,
        2 => Region::Module,
        3 => Region::Const,
        _ => return None,
    };
    Some((region, (r.0 >> 2) & INDEX_MASK))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rom_refs_round_trip_and_are_pointer_aligned() {
        for region in [Region::Type, Region::Native, Region::Module, Region::Const] {
            for index in [0, 1, 77, INDEX_MASK] {
                let r = rom_ref(region, index);
                assert_eq!(r.0 & 3, 0);
                assert!(is_rom(r));
                assert_eq!(decode(r), Some((region, index)));
            }
        }
        assert_eq!(decode(ObjRef(0x0001_0000)), None);
        assert_eq!(decode(ObjRef(0x2000_0100)), None);
    }
}
