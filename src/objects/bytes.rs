//! `bytes`, `bytearray` and `memoryview`: the three byte-buffer types.
//!
//! ```text
//!   bytes:      | type ref u32 | hash u32 | len u32 | bytes …        (as str; no-scan)
//!   bytearray:  | type ref u32 | len u32 | alloc u32 | data ref u32 |  data: no-scan block
//!   memoryview: | type ref u32 | start u32 | len u32 | code u32 | obj R |
//! ```
//! `bytes` shares str's layout, so the empty bytes is a ROM constant and the
//! hash is computed once. A bytearray grows its data block like a list. A
//! memoryview names its object and a window `start..start+len` (not a
//! pointer, as a bytearray's data may move when it grows); it is writable
//! when the object is a bytearray or an array. `code` is 0 for a view of
//! bytes, else the typecode of the array it views: its items are then
//! numbers of that type (`start` and `len` stay in bytes).

use super::str::StrHead;
use crate::qstr::hash_bytes;
use crate::runtime::heap::{Header, ALLOC_DEFAULT, ALLOC_NO_SCAN};
use crate::runtime::rom_objects::EMPTY_BYTES_REF;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

const BYTES_HEAD: usize = core::mem::size_of::<StrHead>();

#[repr(C)]
pub struct ByteArrayObj {
    pub header: Header,
    pub len: u32,
    pub alloc: u32,
    pub data: u32,
}

#[repr(C)]
pub struct MemoryViewObj<R> {
    pub header: Header,
    pub start: u32,
    pub len: u32,
    pub code: u32,
    pub obj: R,
}

impl<R: Repr> Vm<R> {
    /// A bytes object holding `data` (the empty one is the ROM constant).
    pub fn new_bytes(&mut self, data: &[u8]) -> PyResult<R> {
        if data.is_empty() {
            return Ok(R::ptr(EMPTY_BYTES_REF));
        }
        let Some(bytes) = data.len().checked_add(BYTES_HEAD) else {
            return Err(self.raise_memory_error());
        };
        if data.len() > u32::MAX as usize {
            return Err(self.raise_memory_error());
        }
        let r = self.alloc_obj(TypeId::Bytes.rom_ref(), bytes, ALLOC_NO_SCAN)?;
        // SAFETY: `r` is a fresh allocation of head plus `data.len()` bytes.
        unsafe {
            let head = self.obj_mut::<StrHead>(r);
            head.len = data.len() as u32;
            head.hash = hash_bytes(data);
            let p = (self.ptr::<u8>(r)).add(BYTES_HEAD);
            core::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len());
        }
        Ok(R::ptr(r))
    }

    /// The stored hash of a bytes object.
    pub fn bytes_hash(&self, v: R) -> u32 {
        // SAFETY: callers pass a bytes object (StrHead layout, ROM or heap).
        unsafe { self.obj::<StrHead>(v.ptr_ref()) }.hash
    }

    /// A bytearray holding `data`.
    pub fn new_bytearray(&mut self, data: &[u8]) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::ByteArray.rom_ref(),
            core::mem::size_of::<ByteArrayObj>(),
            ALLOC_DEFAULT,
        )?;
        let v = R::ptr(r);
        self.bytearray_resize(v, data.len())?;
        self.bytearray_data_mut(v).copy_from_slice(data);
        Ok(v)
    }

    /// Sets a bytearray's length to `n`, zero-filling new bytes.
    pub fn bytearray_resize(&mut self, v: R, n: usize) -> PyResult<()> {
        if n > u32::MAX as usize {
            return Err(self.raise_memory_error());
        }
        // SAFETY: callers pass a bytearray.
        let (len, alloc, data) = {
            let o = unsafe { self.obj::<ByteArrayObj>(v.ptr_ref()) };
            (o.len as usize, o.alloc as usize, o.data)
        };
        if n > alloc {
            let new_alloc = n.max(alloc + alloc / 2).max(8);
            let block = if data == 0 {
                self.alloc_raw(new_alloc, ALLOC_NO_SCAN)?
            } else {
                self.realloc_raw(ObjRef(data), new_alloc)?
            };
            // SAFETY: as above.
            let o = unsafe { self.obj_mut::<ByteArrayObj>(v.ptr_ref()) };
            o.alloc = new_alloc as u32;
            o.data = block.0;
        }
        // SAFETY: as above.
        unsafe { self.obj_mut::<ByteArrayObj>(v.ptr_ref()) }.len = n as u32;
        if n > len {
            self.bytearray_data_mut(v)[len..].fill(0);
        }
        Ok(())
    }

    /// The bytes of a bytearray, writable.
    pub fn bytearray_data_mut(&mut self, v: R) -> &mut [u8] {
        // SAFETY: callers pass a bytearray; `len <= alloc` bytes live in `data`.
        unsafe {
            let o = self.obj::<ByteArrayObj>(v.ptr_ref());
            if o.data == 0 {
                return &mut [];
            }
            let (data, len) = (o.data, o.len as usize);
            core::slice::from_raw_parts_mut(self.ptr::<u8>(ObjRef(data)), len)
        }
    }

    /// A memoryview of `len` bytes of `obj` from `start`.
    pub fn new_memoryview(&mut self, obj: R, start: usize, len: usize) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::MemoryView.rom_ref(),
            core::mem::size_of::<MemoryViewObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh memoryview.
        let o = unsafe { self.obj_mut::<MemoryViewObj<R>>(r) };
        o.start = start as u32;
        o.len = len as u32;
        o.obj = obj;
        Ok(R::ptr(r))
    }

    /// `(object, start, len)` of a memoryview.
    pub fn memoryview_parts(&self, v: R) -> (R, usize, usize) {
        // SAFETY: callers pass a memoryview.
        let o = unsafe { self.obj::<MemoryViewObj<R>>(v.ptr_ref()) };
        (o.obj, o.start as usize, o.len as usize)
    }

    /// The typecode of a memoryview's items, 0 for bytes.
    pub fn memoryview_code(&self, v: R) -> u8 {
        // SAFETY: callers pass a memoryview.
        unsafe { self.obj::<MemoryViewObj<R>>(v.ptr_ref()) }.code as u8
    }

    /// Makes a memoryview's items numbers of typecode `code`.
    pub fn memoryview_set_code(&mut self, v: R, code: u8) {
        // SAFETY: callers pass a memoryview.
        unsafe { self.obj_mut::<MemoryViewObj<R>>(v.ptr_ref()) }.code = code as u32;
    }

    /// The bytes of any byte buffer (bytes, bytearray, memoryview), or
    /// `None` for other values. Subclass instances are not buffers here.
    pub fn bytes_data(&self, v: R) -> Option<&[u8]> {
        if !v.is_ptr() {
            return None;
        }
        let t = self.type_ref_of_ptr(v.ptr_ref());
        if t == TypeId::Bytes.rom_ref() {
            // SAFETY: a bytes object: `len` bytes follow its head.
            return Some(unsafe {
                let head = self.ptr::<StrHead>(v.ptr_ref());
                let data = (head as *const u8).add(BYTES_HEAD);
                core::slice::from_raw_parts(data, (*head).len as usize)
            });
        }
        if t == TypeId::ByteArray.rom_ref() {
            // SAFETY: a bytearray: `len` bytes live in its data block.
            return Some(unsafe {
                let o = self.obj::<ByteArrayObj>(v.ptr_ref());
                if o.data == 0 {
                    return Some(&[]);
                }
                core::slice::from_raw_parts(self.ptr::<u8>(ObjRef(o.data)), o.len as usize)
            });
        }
        if t == TypeId::MemoryView.rom_ref() {
            let (obj, start, len) = self.memoryview_parts(v);
            let d = if self.is_exact(obj, TypeId::Array) {
                self.array_bytes(obj)
            } else {
                self.bytes_data(obj)?
            };
            let start = start.min(d.len());
            return Some(&d[start..(start + len).min(d.len())]);
        }
        None
    }

    /// Whether `v` is a bytes, bytearray or memoryview.
    pub fn is_buffer(&self, v: R) -> bool {
        matches!(
            self.builtin_type_of(v),
            TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView
        ) && !self.is_user_instance(v)
    }
}
