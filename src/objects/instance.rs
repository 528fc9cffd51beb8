//! Instances of user classes: the class reference and an embedded attribute
//! map (keys are interned names).
//!
//! ```text
//!   | class ref u32 | len u32 | used:27 cap_log2:5 | entries ref u32 |
//! ```
//! 16 bytes when empty; with two attributes one 16-byte entry block more
//! (32 bytes) in A. Instances of classes deriving from a builtin type take
//! that type's layout instead (exceptions keep their attributes in a dict,
//! see `exception.rs`).

use super::map::{Map, MapRef};
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    pub attrs: Map,
}

pub const INSTANCE_MAP_OFFSET: u32 = 4;

impl<R: Repr> Vm<R> {
    /// A new, attribute-less instance of the heap class `class`.
    pub fn new_instance(&mut self, class: ObjRef) -> PyResult<R> {
        let r = self.alloc_obj(class, core::mem::size_of::<InstanceObj>(), ALLOC_DEFAULT)?;
        Ok(R::ptr(r))
    }

    pub fn instance_map(&self, obj: ObjRef) -> MapRef {
        MapRef {
            owner: obj,
            offset: INSTANCE_MAP_OFFSET,
        }
    }
}
