//! `str`: UTF-8 text. Interned strings are qstr values (no heap); others are
//! one no-scan allocation with the text inline.
//!
//! ```text
//!   | type ref u32 | hash u32 | len u32 (bytes) | UTF-8 bytes …
//! ```
//! A 10-character ASCII str is 22 bytes: two 16-byte blocks.

use crate::qstr::{hash_bytes, Qstr};
use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct StrHead {
    pub header: Header,
    pub hash: u32,
    pub len: u32,
}

const HEAD_BYTES: usize = core::mem::size_of::<StrHead>();

impl<R: Repr> Vm<R> {
    /// A str with the text `s`: the interned one if `s` is already a qstr.
    pub fn new_str(&mut self, s: &str) -> PyResult<R> {
        if let Some(q) = self.qstrs.lookup(s) {
            return Ok(R::qstr(q.0));
        }
        let r = self.new_str_uninit(s.len())?;
        self.str_bytes_mut(r).copy_from_slice(s.as_bytes());
        // SAFETY: `r` is the str just allocated.
        unsafe { self.obj_mut::<StrHead>(r) }.hash = hash_bytes(s.as_bytes());
        Ok(R::ptr(r))
    }

    /// A heap str of `len` bytes (zeros) whose text and hash the caller sets;
    /// the bytes must be valid UTF-8 before the str is used.
    pub fn new_str_uninit(&mut self, len: usize) -> PyResult<ObjRef> {
        let Some(bytes) = len
            .checked_add(HEAD_BYTES)
            .filter(|_| len <= u32::MAX as usize)
        else {
            return Err(self.raise_memory_error());
        };
        let r = self.alloc_obj(TypeId::Str.rom_ref(), bytes, ALLOC_NO_SCAN)?;
        // SAFETY: `r` is a fresh str allocation of `bytes`.
        unsafe { self.obj_mut::<StrHead>(r) }.len = len as u32;
        Ok(r)
    }

    fn str_bytes_mut(&mut self, r: ObjRef) -> &mut [u8] {
        // SAFETY: `r` is a heap str: `len` bytes follow its head.
        unsafe {
            let head = self.ptr::<StrHead>(r);
            let data = (head as *mut u8).add(HEAD_BYTES);
            core::slice::from_raw_parts_mut(data, (*head).len as usize)
        }
    }

    /// The text of a str value (qstr or heap str), or `None` if `v` is not a
    /// str (subclass instances are handled by the caller).
    pub fn str_text(&self, v: R) -> Option<&str> {
        if v.is_qstr() {
            return Some(crate::qstr::Interner::get(&self.qstrs, Qstr(v.qstr_id())));
        }
        if !self.is_exact(v, TypeId::Str) {
            return None;
        }
        // SAFETY: `v` is a heap str: `len` UTF-8 bytes follow its head, and
        // every constructor leaves valid UTF-8 there.
        unsafe {
            let head = self.ptr::<StrHead>(v.ptr_ref());
            let data = (head as *const u8).add(HEAD_BYTES);
            let bytes = core::slice::from_raw_parts(data, (*head).len as usize);
            Some(core::str::from_utf8_unchecked(bytes))
        }
    }

    /// The hash of a str value.
    pub fn str_hash(&self, v: R) -> u32 {
        if v.is_qstr() {
            self.qstrs.hash(Qstr(v.qstr_id()))
        } else {
            // SAFETY: the caller passes a str value.
            unsafe { self.obj::<StrHead>(v.ptr_ref()) }.hash
        }
    }
}
