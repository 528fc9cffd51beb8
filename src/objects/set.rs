//! `set` and `frozenset`: a dict-shaped object whose map holds each item as
//! a key (value `None`), so sets share the map's hashing and order.
//!
//! ```text
//!   | type ref u32 | len u32 | used:27 cap_log2:5 | entries ref u32 |
//! ```

use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

impl<R: Repr> Vm<R> {
    /// BUILD_SET: a set of `items`.
    pub fn build_set(&mut self, items: &[R]) -> PyResult<R> {
        let s = R::ptr(self.new_dict_of(TypeId::Set.rom_ref())?);
        for &v in items {
            self.set_add_value(s, v)?;
        }
        Ok(s)
    }

    pub fn set_add_value(&mut self, s: R, v: R) -> PyResult<()> {
        self.dict_set(s, v, R::none())
    }

    pub fn set_contains(&mut self, s: R, v: R) -> PyResult<bool> {
        Ok(self.dict_get(s, v)?.is_some())
    }

    pub fn set_equal(&mut self, a: R, b: R) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        let m = self.dict_map(a);
        let mut p = 0;
        while let Some((np, k, _)) = self.map_next(m, p) {
            p = np;
            if !self.set_contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
