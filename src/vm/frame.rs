//! Frames: where a running function keeps its state. Frames live on the
//! Python stack (`vm.roots.stack`, one region, never moved) one above the
//! other, or inside a generator object; either way they are plain value
//! words, scanned by the collector like any object.
//!
//! ```text
//!   fp + 0  function     the function object (holds code and globals)
//!   fp + 1  prev         small int: stack index of the caller's frame, -1 for
//!                        the frame a Rust call entered the interpreter with
//!   fp + 2  ip           small int: saved bytecode offset
//!   fp + 3  depth        small int: saved number of operand-stack items
//!   fp + 4  exc depth    small int: saved number of exception-stack entries
//!   fp + 5  locals       dict for LOAD_NAME/STORE_NAME (module, class body), else null
//!   fp + 6  state        n_state words: operand stack growing up from the
//!           …            bottom, locals from the top down (local i at
//!                        state[n_state - 1 - i]), as MicroPython's code state
//!           exc stack    n_exc_stack entries of 3 words:
//!                        handler offset (small int),
//!                        operand depth << 1 | is-finally (small int),
//!                        the exception being handled (or null)
//! ```
//! The header is written only when a frame is suspended (call, yield); the
//! interpreter keeps the live copy in registers ([`Regs`]).

use crate::objects::code::CodeObj;
use crate::objects::function::FunctionObj;
use crate::runtime::Vm;
use mupy_reprs::{ObjRef, Repr};

pub const F_FUNCTION: usize = 0;
pub const F_PREV: usize = 1;
pub const F_IP: usize = 2;
pub const F_DEPTH: usize = 3;
pub const F_EXC_DEPTH: usize = 4;
pub const F_LOCALS: usize = 5;
pub const HEADER_WORDS: usize = 6;
pub const EXC_ENTRY_WORDS: usize = 3;

/// Value words of a frame for `code`.
#[inline(always)]
pub fn frame_words(code: &CodeObj) -> usize {
    HEADER_WORDS + code.n_state as usize + EXC_ENTRY_WORDS * code.n_exc_stack as usize
}

/// The live registers of the running frame.
pub struct Regs<R> {
    pub fp: *mut R,
    pub code: ObjRef,
    pub bc: *const u8,
    pub bc_len: usize,
    /// Offset of the next byte to decode.
    pub ip: usize,
    /// Offset of the instruction being executed (for tracebacks and handlers).
    pub op_ip: usize,
    pub state: *mut R,
    pub n_state: usize,
    /// The top operand; `state - 1` when the operand stack is empty.
    pub sp: *mut R,
    pub exc: *mut R,
    pub exc_n: usize,
    pub consts: *const R,
    pub globals: R,
}

/// A small int read back from a frame header word.
#[inline(always)]
pub fn header_int<R: Repr>(v: R) -> i64 {
    v.small_int_value()
}

/// A header word for a small number (offsets and depths always fit).
#[inline(always)]
pub fn int_word<R: Repr>(i: i64) -> R {
    R::small_int(i).unwrap_or(R::null())
}

/// Writes the header of a fresh frame for `fun` at `fp`: no caller yet, no
/// locals dict, empty operand and exception stacks, at bytecode offset
/// `start`.
///
/// # Safety
/// `fp` points at `HEADER_WORDS` writable words of the Python stack.
#[inline(always)]
pub unsafe fn write_fresh_header<R: Repr>(fp: *mut R, fun: R, start: i64) {
    // SAFETY: the caller owns the header words at `fp`.
    unsafe {
        *fp.add(F_FUNCTION) = fun;
        *fp.add(F_PREV) = int_word(-1);
        *fp.add(F_IP) = int_word(start);
        *fp.add(F_DEPTH) = int_word(0);
        *fp.add(F_EXC_DEPTH) = int_word(0);
        *fp.add(F_LOCALS) = R::null();
    }
}

impl<R: Repr> Vm<R> {
    /// Reserves `words` of the Python stack for one more frame and returns
    /// its address; `None` when the depth limit or the stack is reached.
    #[inline(always)]
    pub(crate) fn reserve_frame(&mut self, words: usize) -> Option<*mut R> {
        let top = self.stack_top;
        if self.depth >= self.config.max_depth || top + words > self.config.stack_words {
            return None;
        }
        let fp = self.stack_word(top);
        self.stack_top = top + words;
        self.depth += 1;
        Some(fp)
    }

    /// The address of word `index` of the Python stack.
    #[inline(always)]
    pub fn stack_word(&self, index: usize) -> *mut R {
        // SAFETY: the Python stack is a live region of
        // `config.stack_words` words; callers keep `index` within it.
        unsafe { self.roots.stack.base().add(index) }
    }

    /// The index in the Python stack of a frame pointer into it.
    #[inline(always)]
    pub fn stack_index(&self, fp: *mut R) -> usize {
        (fp as usize - self.stack_word(0) as usize) / core::mem::size_of::<R>()
    }

    /// Loads the registers of the suspended frame at `fp`.
    pub(crate) fn load_regs(&self, fp: *mut R) -> Regs<R> {
        self.frame.set(fp);
        // SAFETY: `fp` is a frame (on the Python stack or in a generator)
        // whose header was written by `init_frame`/`save_regs`; its function
        // keeps the code object and the bytecode alive.
        unsafe {
            let function = (*fp.add(F_FUNCTION)).ptr_ref();
            let f = self.obj::<FunctionObj>(function);
            let code = ObjRef(f.code);
            let c = self.code(code);
            let n_state = c.n_state as usize;
            let state = fp.add(HEADER_WORDS);
            let depth = header_int(*fp.add(F_DEPTH)) as usize;
            // A ROM constant table is the empty tuple, never indexed.
            let consts = if crate::runtime::rom::is_rom(ObjRef(c.consts)) {
                core::ptr::NonNull::<R>::dangling().as_ptr() as *const R
            } else {
                self.tuple_items(ObjRef(c.consts)).as_ptr()
            };
            let ip = header_int(*fp.add(F_IP)) as usize;
            Regs {
                fp,
                code,
                bc: self.ptr::<u8>(ObjRef(c.bytecode)),
                bc_len: c.bc_len as usize,
                ip,
                op_ip: ip,
                state,
                n_state,
                sp: state.add(depth).wrapping_sub(1),
                exc: state.add(n_state),
                exc_n: header_int(*fp.add(F_EXC_DEPTH)) as usize,
                consts,
                globals: R::ptr(ObjRef(f.globals)),
            }
        }
    }
}

impl<R: Repr> Regs<R> {
    /// Writes the registers back into the frame header.
    #[inline]
    pub fn save(&self) {
        // SAFETY: `fp` is the live frame these registers were loaded from.
        unsafe {
            *self.fp.add(F_IP) = int_word(self.ip as i64);
            *self.fp.add(F_DEPTH) = int_word(self.depth() as i64);
            *self.fp.add(F_EXC_DEPTH) = int_word(self.exc_n as i64);
        }
    }

    /// Number of operands on the stack.
    #[inline(always)]
    pub fn depth(&self) -> usize {
        (self.sp.wrapping_add(1) as usize - self.state as usize) / core::mem::size_of::<R>()
    }

    #[inline(always)]
    pub fn byte(&mut self) -> u8 {
        let b = if self.ip < self.bc_len {
            // SAFETY: `ip < bc_len`, inside the bytecode block.
            unsafe { *self.bc.add(self.ip) }
        } else {
            // Past the end: an invalid opcode, which raises.
            0
        };
        self.ip += 1;
        b
    }

    #[inline(always)]
    pub fn peek(&self) -> u8 {
        if self.ip < self.bc_len {
            // SAFETY: `ip < bc_len`.
            unsafe { *self.bc.add(self.ip) }
        } else {
            0
        }
    }

    #[inline(always)]
    pub fn byte_at(&self, at: usize) -> u8 {
        if at < self.bc_len {
            // SAFETY: `at < bc_len`.
            unsafe { *self.bc.add(at) }
        } else {
            0
        }
    }

    /// A varuint argument.
    #[inline(always)]
    pub fn uint(&mut self) -> usize {
        let mut v = 0usize;
        loop {
            let b = self.byte();
            v = (v << 7) | (b & 0x7f) as usize;
            if b & 0x80 == 0 {
                return v;
            }
        }
    }

    /// A signed varint argument (LOAD_CONST_SMALL_INT).
    #[inline(always)]
    pub fn sint(&mut self) -> i64 {
        let mut v: i64 = if self.peek() & 0x40 != 0 { -1 } else { 0 };
        loop {
            let b = self.byte();
            v = (v << 7) | (b & 0x7f) as i64;
            if b & 0x80 == 0 {
                return v;
            }
        }
    }

    /// An unsigned jump offset.
    #[inline(always)]
    pub fn ulabel(&mut self) -> usize {
        let b = self.byte() as usize;
        if b & 0x80 != 0 {
            (b & 0x7f) | (self.byte() as usize) << 7
        } else {
            b
        }
    }

    /// A signed jump offset.
    #[inline(always)]
    pub fn slabel(&mut self) -> isize {
        let b = self.byte() as isize;
        if b & 0x80 != 0 {
            ((b & 0x7f) | (self.byte() as isize) << 7) - 0x4000
        } else {
            b - 0x40
        }
    }

    #[inline(always)]
    pub fn push(&mut self, v: R) {
        // SAFETY: the compiler sizes `n_state` for the deepest stack.
        unsafe {
            self.sp = self.sp.add(1);
            *self.sp = v;
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> R {
        // SAFETY: the compiler never pops an empty operand stack.
        unsafe {
            let v = *self.sp;
            self.sp = self.sp.sub(1);
            v
        }
    }

    #[inline(always)]
    pub fn top(&self) -> R {
        // SAFETY: as `pop`.
        unsafe { *self.sp }
    }

    #[inline(always)]
    pub fn set_top(&mut self, v: R) {
        // SAFETY: as `pop`.
        unsafe { *self.sp = v }
    }

    /// The operand `n` below the top (0 = top).
    #[inline(always)]
    pub fn peek_n(&self, n: usize) -> R {
        // SAFETY: as `pop`.
        unsafe { *self.sp.sub(n) }
    }

    #[inline(always)]
    pub fn set_n(&mut self, n: usize, v: R) {
        // SAFETY: as `pop`.
        unsafe { *self.sp.sub(n) = v }
    }

    #[inline(always)]
    pub fn local(&self, i: usize) -> R {
        // SAFETY: local numbers are below `n_state`.
        unsafe { *self.state.add(self.n_state.wrapping_sub(1 + i)) }
    }

    #[inline(always)]
    pub fn set_local(&mut self, i: usize, v: R) {
        // SAFETY: as `local`.
        unsafe { *self.state.add(self.n_state.wrapping_sub(1 + i)) = v }
    }

    /// The `n` operands ending at the top, as a slice (they stay on the stack).
    #[inline(always)]
    pub fn top_slice<'a>(&self, n: usize) -> &'a [R] {
        // SAFETY: the operands are live stack words; the Python stack is
        // never moved or freed, and nothing writes below the stack top
        // while the slice is in use (calls push frames above it).
        unsafe { core::slice::from_raw_parts(self.sp.wrapping_add(1).sub(n), n) }
    }

    /// Drops `n` operands.
    #[inline(always)]
    pub fn drop_n(&mut self, n: usize) {
        self.sp = self.sp.wrapping_sub(n);
    }

    #[inline(always)]
    pub fn constant(&self, i: usize) -> R {
        // SAFETY: constant indices come from the compiler of this code object.
        unsafe { *self.consts.add(i) }
    }

    /// Word `w` of exception-stack entry `i`.
    #[inline(always)]
    pub fn exc_word(&self, i: usize, w: usize) -> R {
        // SAFETY: `i < n_exc_stack`, the compiler's bound.
        unsafe { *self.exc.add(i * EXC_ENTRY_WORDS + w) }
    }

    #[inline(always)]
    pub fn set_exc_word(&mut self, i: usize, w: usize, v: R) {
        // SAFETY: as `exc_word`.
        unsafe { *self.exc.add(i * EXC_ENTRY_WORDS + w) = v }
    }

    /// Pushes an exception-stack entry for a handler at `handler`.
    #[inline]
    pub fn push_exc(&mut self, handler: usize, is_finally: bool) {
        let i = self.exc_n;
        self.exc_n += 1;
        let d = (self.depth() << 1 | is_finally as usize) as i64;
        self.set_exc_word(i, 0, int_word(handler as i64));
        self.set_exc_word(i, 1, int_word(d));
        self.set_exc_word(i, 2, R::null());
    }

    /// `(handler, operand depth, is_finally)` of the innermost entry.
    #[inline]
    pub fn exc_top(&self) -> (usize, usize, bool) {
        let i = self.exc_n - 1;
        let h = header_int(self.exc_word(i, 0)) as usize;
        let d = header_int(self.exc_word(i, 1)) as usize;
        (h, d >> 1, d & 1 != 0)
    }

    /// Sets the operand stack to `depth` items.
    #[inline(always)]
    pub fn set_depth(&mut self, depth: usize) {
        self.sp = self.state.wrapping_add(depth).wrapping_sub(1);
    }
}
