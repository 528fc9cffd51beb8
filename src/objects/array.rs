//! `array.array`: packed numbers of one machine type in a growable
//! no-scan block.
//!
//! ```text
//!   | type ref u32 | typecode u8 | free u24 | len u32 | data ref u32 |
//!   data: len + free items of the typecode's size, native byte order
//! ```
//! 16 bytes, one block, as MicroPython's array; `free` counts spare items
//! past `len`, so appends grow the block by half again at a time.

use crate::runtime::heap::{Header, ALLOC_DEFAULT, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct ArrayObj {
    pub header: Header,
    /// Typecode in the low byte, spare item count above it.
    pub code_free: u32,
    pub len: u32,
    pub data: u32,
}

/// `free` is 24 bits wide.
const MAX_FREE: usize = (1 << 24) - 1;

/// The size in bytes of one item of typecode `c`, or `None` for a bad code.
/// `l`/`L` follow the platform's C long (8 on a 64-bit host, 4 on the MCU),
/// as CPython and MicroPython's ports do.
pub fn item_size(c: u8) -> Option<usize> {
    Some(match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => core::mem::size_of::<usize>(),
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

impl<R: Repr> Vm<R> {
    /// An empty array of typecode `code` (already checked).
    pub fn new_array(&mut self, code: u8) -> PyResult<R> {
        // The head is scanned (it holds the data reference); the data is not.
        let r = self.alloc_obj(
            TypeId::Array.rom_ref(),
            core::mem::size_of::<ArrayObj>(),
            ALLOC_DEFAULT,
        )?;
        // SAFETY: `r` is a fresh array.
        unsafe { self.obj_mut::<ArrayObj>(r) }.code_free = code as u32;
        Ok(R::ptr(r))
    }

    fn array_obj(&self, a: R) -> &ArrayObj {
        // SAFETY: callers pass an array.
        unsafe { self.obj::<ArrayObj>(a.ptr_ref()) }
    }

    pub fn array_code(&self, a: R) -> u8 {
        self.array_obj(a).code_free as u8
    }

    pub fn array_len(&self, a: R) -> usize {
        self.array_obj(a).len as usize
    }

    /// The items' bytes.
    pub fn array_bytes(&self, a: R) -> &[u8] {
        let o = self.array_obj(a);
        if o.data == 0 {
            return &[];
        }
        let n = o.len as usize * item_size(o.code_free as u8).unwrap_or(1);
        // SAFETY: `len` items live in the data block.
        unsafe { core::slice::from_raw_parts(self.ptr::<u8>(ObjRef(o.data)), n) }
    }

    pub fn array_bytes_mut(&mut self, a: R) -> &mut [u8] {
        let (data, n) = {
            let o = self.array_obj(a);
            let n = o.len as usize * item_size(o.code_free as u8).unwrap_or(1);
            (o.data, n)
        };
        if data == 0 {
            return &mut [];
        }
        // SAFETY: as `array_bytes`; `&mut self` makes this the only view.
        unsafe { core::slice::from_raw_parts_mut(self.ptr::<u8>(ObjRef(data)), n) }
    }

    /// Sets the length to `n` items; new items are zero.
    pub fn array_resize(&mut self, a: R, n: usize) -> PyResult<()> {
        let (code, free, len, data) = {
            let o = self.array_obj(a);
            (
                o.code_free as u8,
                (o.code_free >> 8) as usize,
                o.len as usize,
                o.data,
            )
        };
        let size = item_size(code).unwrap_or(1);
        let alloc = len + free;
        let mut new_alloc = alloc;
        let mut new_data = data;
        if n > alloc || data == 0 {
            new_alloc = n.max(alloc + alloc / 2).max(4).min(n + MAX_FREE);
            let Some(bytes) = new_alloc
                .checked_mul(size)
                .filter(|&b| b <= u32::MAX as usize)
            else {
                return Err(self.raise_memory_error());
            };
            new_data = if data == 0 {
                self.alloc_raw(bytes, ALLOC_NO_SCAN)?.0
            } else {
                self.realloc_raw(ObjRef(data), bytes)?.0
            };
        }
        // SAFETY: callers pass an array; `new_alloc` items fit its block.
        unsafe {
            let o = self.obj_mut::<ArrayObj>(a.ptr_ref());
            o.data = new_data;
            o.len = n as u32;
            o.code_free = code as u32 | ((new_alloc - n) as u32) << 8;
            if n > len {
                let p = self.ptr::<u8>(ObjRef(new_data));
                core::ptr::write_bytes(p.add(len * size), 0, (n - len) * size);
            }
        }
        Ok(())
    }
}

// The layout drawn above: one 16-byte block.
static_assertions::const_assert_eq!(core::mem::size_of::<ArrayObj>(), 16);
