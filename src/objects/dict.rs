//! `dict`: a header and an embedded [`Map`] (insertion-ordered, see `map.rs`).
//!
//! ```text
//!   | type ref u32 | len u32 | used:27 cap_log2:5 | entries ref u32 |
//! ```
//! `{1: 2}` is this 16-byte head plus a 16-byte block of two pairs in A: 32 bytes.

use super::map::{Map, MapRef};
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub map: Map,
}

/// Byte offset of the map inside a dict.
pub const DICT_MAP_OFFSET: u32 = 4;

impl<R: Repr> Vm<R> {
    /// A new empty dict.
    pub fn new_dict(&mut self) -> PyResult<R> {
        Ok(R::ptr(self.new_dict_of(TypeId::Dict.rom_ref())?))
    }

    /// A new empty dict whose class is `class` (dict or a subclass).
    pub fn new_dict_of(&mut self, class: ObjRef) -> PyResult<ObjRef> {
        let r = self.alloc_obj(class, core::mem::size_of::<DictObj>(), ALLOC_DEFAULT)?;
        if class == TypeId::Set.rom_ref() || class == TypeId::FrozenSet.rom_ref() {
            self.map_make_keys_only(self.dict_map(R::ptr(r)));
        }
        Ok(r)
    }

    /// The map of a dict object.
    #[inline(always)]
    pub fn dict_map(&self, d: R) -> MapRef {
        MapRef {
            owner: d.ptr_ref(),
            offset: DICT_MAP_OFFSET,
        }
    }

    pub fn dict_len(&self, d: R) -> usize {
        self.map(self.dict_map(d)).len as usize
    }

    pub fn dict_get(&mut self, d: R, key: R) -> PyResult<Option<R>> {
        self.map_get(self.dict_map(d), key)
    }

    pub fn dict_set(&mut self, d: R, key: R, value: R) -> PyResult<()> {
        self.map_set(self.dict_map(d), key, value)
    }

    /// `d[key]`, raising `KeyError(key)` when absent.
    pub fn dict_subscr(&mut self, d: R, key: R) -> PyResult<R> {
        match self.dict_get(d, key)? {
            Some(v) => Ok(v),
            None => Err(self.raise_key_error(key)),
        }
    }

    /// Raises `KeyError(key)`.
    pub fn raise_key_error(&mut self, key: R) -> crate::runtime::Raised {
        match self.new_tuple(&[key]) {
            Ok(args) => match self.new_exception_of(TypeId::KeyError.rom_ref(), args) {
                Ok(e) => self.raise(R::ptr(e)),
                Err(r) => r,
            },
            Err(r) => r,
        }
    }

    /// Whether `v` is a dict or a dict subclass instance.
    pub fn is_dict(&self, v: R) -> bool {
        v.is_ptr() && self.builtin_type_of(v) == TypeId::Dict
    }
}
