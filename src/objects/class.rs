//! User classes: heap type objects made by `class` statements.
//!
//! ```text
//!   | type ref u32 (type) | native base u16 | flags u16 | name | bases | mro | dict |  (R words)
//! ```
//! `native base` is the most derived builtin type among the bases
//! (`Object` for plain classes), so builtin behaviour (an exception's args, a
//! list subclass's items) is found without walking the MRO.

use crate::runtime::heap::Header;
use crate::runtime::{TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

/// `flags`: the class or a base defines `__setattr__` or `__delattr__`, so
/// attribute stores on its instances look for them (others skip the lookup).
pub const HAS_SETATTR: u16 = 1;
/// Instances are builtin objects followed by an attribute map (see
/// `runtime/native_subclass.rs`).
pub const NATIVE_ATTRS: u16 = 2;

#[repr(C)]
pub struct ClassObj<R> {
    pub header: Header,
    pub native_base: u16,
    pub flags: u16,
    /// A str.
    pub name: R,
    /// A tuple of classes.
    pub bases: R,
    /// The C3 linearisation, a tuple starting with this class.
    pub mro: R,
    /// The class namespace, a dict.
    pub dict: R,
}

impl<R: Repr> Vm<R> {
    /// The builtin type a heap class derives from.
    pub fn class_native_base(&self, class: ObjRef) -> TypeId {
        // SAFETY: type references of heap objects always name a class.
        let base = unsafe { self.obj::<ClassObj<R>>(class) }.native_base;
        TypeId::from_index(base as u32).unwrap_or(TypeId::Object)
    }
}
