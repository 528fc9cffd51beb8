//! `str`: UTF-8 text. Interned strings are qstr values (no heap); others are
//! one no-scan allocation with the text inline.
//!
//! ```text
//!   | type ref u32 | hash u32 | len u32 (bytes) | UTF-8 bytes …
//! ```
//! A 10-character ASCII str is 22 bytes: two 16-byte blocks.
//!
//! The hash is computed on first use and kept (0 = not yet known; a text
//! whose hash really is 0 is just hashed again): strings built only to be
//! printed or concatenated are never hashed. Only texts short enough to be
//! names are looked up among the interned strings, so building a long
//! string does not hash it twice on the way.

use crate::qstr::{hash_bytes, Qstr};
use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_gc::AllocFlags;
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct StrHead {
    pub header: Header,
    pub hash: u32,
    pub len: u32,
}

const HEAD_BYTES: usize = core::mem::size_of::<StrHead>();

/// Texts up to this length are looked up among the interned strings when a
/// str is made, so a computed name (`'__' + 'init' + '__'`) is the qstr;
/// longer ones are heap strs without the look-up (equality and dict keys
/// compare text, so the two forms behave alike).
const INTERN_LOOKUP_MAX: usize = 64;

impl<R: Repr> Vm<R> {
    /// A str with the text `s`: the interned one if `s` is already a qstr.
    pub fn new_str(&mut self, s: &str) -> PyResult<R> {
        if s.len() <= INTERN_LOOKUP_MAX {
            if let Some(q) = self.qstrs.lookup(s) {
                return Ok(R::qstr(q.0));
            }
        }
        if s.len() > u32::MAX as usize {
            return Err(self.raise_memory_error());
        }
        // Not zeroed: the head and the text are written here, and nothing
        // reads the slack after the text.
        let flags = ALLOC_NO_SCAN | AllocFlags::UNINIT;
        let r = self.alloc_obj(TypeId::Str.rom_ref(), HEAD_BYTES + s.len(), flags)?;
        // SAFETY: `r` is a fresh str allocation of `HEAD_BYTES + s.len()`.
        unsafe {
            let head = self.ptr::<StrHead>(r);
            (*head).hash = 0;
            (*head).len = s.len() as u32;
        }
        self.str_bytes_mut(r).copy_from_slice(s.as_bytes());
        Ok(R::ptr(r))
    }

    /// `a + b` for two str values, built in place in the heap (no
    /// intermediate copy); `None` if either is not a str.
    pub fn str_concat(&mut self, a: R, b: R) -> PyResult<Option<R>> {
        let (la, lb) = match (self.str_text(a), self.str_text(b)) {
            (Some(x), Some(y)) => (x.len(), y.len()),
            _ => return Ok(None),
        };
        if lb == 0 {
            return Ok(Some(a));
        }
        if la == 0 {
            return Ok(Some(b));
        }
        let n = la + lb;
        if n <= INTERN_LOOKUP_MAX {
            // Short enough to be a name: go through `new_str` for its
            // interned form.
            let mut buf = [0u8; INTERN_LOOKUP_MAX];
            buf[..la].copy_from_slice(self.str_text(a).unwrap_or("").as_bytes());
            buf[la..n].copy_from_slice(self.str_text(b).unwrap_or("").as_bytes());
            // Two whole UTF-8 texts side by side are UTF-8.
            let text = core::str::from_utf8(&buf[..n]).unwrap_or("");
            return self.new_str(text).map(Some);
        }
        if n > u32::MAX as usize {
            return Err(self.raise_memory_error());
        }
        let flags = ALLOC_NO_SCAN | AllocFlags::UNINIT;
        // `a` and `b` stay reachable from the caller's operand stack.
        let r = self.alloc_obj(TypeId::Str.rom_ref(), HEAD_BYTES + n, flags)?;
        // SAFETY: `r` is a fresh str allocation of `HEAD_BYTES + n`; the
        // texts of `a` and `b` are other objects (or ROM), not `r`, and the
        // collector never moves them.
        unsafe {
            let head = self.ptr::<StrHead>(r);
            (*head).hash = 0;
            (*head).len = n as u32;
            let data = (head as *mut u8).add(HEAD_BYTES);
            let x = self.str_text(a).unwrap_or("");
            core::ptr::copy_nonoverlapping(x.as_ptr(), data, x.len().min(la));
            let y = self.str_text(b).unwrap_or("");
            core::ptr::copy_nonoverlapping(y.as_ptr(), data.add(la), y.len().min(lb));
        }
        Ok(Some(R::ptr(r)))
    }

    /// A heap str of `len` bytes (zeros) whose text the caller sets; the
    /// bytes must be valid UTF-8 before the str is used.
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
        if !self.is_exact(v, TypeId::Str) && !self.is_str_subclass_instance(v) {
            return None;
        }
        // SAFETY: `v` is a heap str (or a str subclass instance, same layout): `len` UTF-8 bytes follow its head, and
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
            // SAFETY: the caller passes a str object: its head, then `len`
            // bytes of text. The write is to the str's own hash field, with
            // no reference into the object alive.
            unsafe {
                let head = self.ptr::<StrHead>(v.ptr_ref());
                let known = (*head).hash;
                if known != 0 {
                    return known;
                }
                let data = (head as *const u8).add(HEAD_BYTES);
                let h = hash_bytes(core::slice::from_raw_parts(data, (*head).len as usize));
                // The ROM empty str is read-only.
                if !crate::runtime::rom::is_rom(v.ptr_ref()) {
                    (*head).hash = h;
                }
                h
            }
        }
    }
}
