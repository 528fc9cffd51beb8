//! Values that live in ROM tables (module globals, type attributes) are
//! stored representation-independent, as [`RomValue`], and turned into a
//! value word of the running representation when looked up.

use super::rom::{rom_ref, Region};
use crate::qstr::Qstr;
use mupy_reprs::{Immediate, ObjRef, Repr};

#[derive(Copy, Clone, PartialEq, Debug)]
pub enum RomValue {
    None,
    Bool(bool),
    /// Fits a small int in every representation (31 bits).
    Int(i32),
    /// Boxed in representation A: made on lookup (tables such as `math`
    /// keep only a few floats). Held by reference so that a table entry
    /// stays two words: an `f64` inline would double every entry.
    Float(&'static f64),
    Str(Qstr),
    /// A ROM object: type, native function, module or constant object.
    Obj(ObjRef),
    /// `Ellipsis`, `NotImplemented`.
    Imm(Immediate),
}

impl RomValue {
    /// A builtin function: `area` is the file's native table, `index` the entry.
    pub const fn native(area: u8, index: u8) -> RomValue {
        RomValue::Obj(rom_ref(Region::Native, (area as u32) << 8 | index as u32))
    }

    /// The value word, or `None` for a float that the representation must box
    /// (the caller allocates it).
    #[inline]
    pub fn to_value<R: Repr>(self) -> Option<R> {
        Some(match self {
            RomValue::None => R::immediate(Immediate::None),
            RomValue::Bool(b) => R::bool(b),
            RomValue::Int(i) => R::small_int(i as i64)?,
            RomValue::Float(f) => R::float(*f)?,
            RomValue::Str(q) => R::qstr(q.0),
            RomValue::Obj(r) => R::ptr(r),
            RomValue::Imm(i) => R::immediate(i),
        })
    }
}
