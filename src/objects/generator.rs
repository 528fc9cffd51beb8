//! Generators and coroutines: a frame kept inside the generator object, so
//! it survives between resumptions; resuming runs it in a nested
//! interpreter loop until it yields or returns.
//!
//! ```text
//!   | type ref u32 | state u32 | frame words (see vm/frame.rs) … |
//! ```
//! A frame with an empty operand stack has not started yet; after a
//! `yield` the yielded value stays on top, and the next `send` overwrites
//! it with the sent value (MicroPython's protocol).

use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use crate::vm::frame::{F_DEPTH, HEADER_WORDS};
use crate::vm::interp::Exit;
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct GenHead {
    pub header: Header,
    pub state: u32,
}

const HEAD_BYTES: usize = core::mem::size_of::<GenHead>();
const SUSPENDED: u32 = 0;
const RUNNING: u32 = 1;
const FINISHED: u32 = 2;

/// What a resumption produced.
pub enum Resumed<R> {
    Yield(R),
    Return(R),
}

impl<R: Repr> Vm<R> {
    /// A generator with room for a frame of `words`; returns it and the frame.
    pub fn new_generator(&mut self, _fun: ObjRef, words: usize) -> PyResult<(R, *mut R)> {
        let bytes = HEAD_BYTES + words * R::WORD_BYTES;
        let r = self.alloc_obj(TypeId::Generator.rom_ref(), bytes, ALLOC_DEFAULT)?;
        // SAFETY: the frame words follow the 8-byte head inside `r`.
        let fp = unsafe { (self.ptr::<u8>(r)).add(HEAD_BYTES) as *mut R };
        Ok((R::ptr(r), fp))
    }

    fn gen_frame(&self, g: R) -> *mut R {
        // SAFETY: callers pass a generator: the frame follows its head.
        unsafe { (self.ptr::<u8>(g.ptr_ref())).add(HEAD_BYTES) as *mut R }
    }

    fn gen_state(&mut self, g: R) -> &mut u32 {
        // SAFETY: callers pass a generator.
        &mut unsafe { self.obj_mut::<GenHead>(g.ptr_ref()) }.state
    }

    /// Resumes `g` with a sent value or a thrown exception. Non-generator
    /// iterators (delegated to by `yield from`) are advanced with `next`.
    pub fn resume(&mut self, g: R, send: R, throw: Option<R>) -> PyResult<Resumed<R>> {
        let kind = self.builtin_type_of(g);
        if kind != TypeId::Generator && kind != TypeId::Coroutine || self.is_user_instance(g) {
            if let Some(t) = throw {
                return Err(self.raise_obj(t));
            }
            return Ok(match self.iter_next(g)? {
                Some(v) => Resumed::Yield(v),
                None => Resumed::Return(R::none()),
            });
        }
        match *self.gen_state(g) {
            RUNNING => return Err(self.value_error("generator already executing")),
            FINISHED => {
                if let Some(t) = throw {
                    return Err(self.raise_obj(t));
                }
                return Ok(Resumed::Return(R::none()));
            }
            _ => {}
        }
        let fp = self.gen_frame(g);
        // SAFETY: `fp` is the generator's frame.
        let depth = unsafe { *fp.add(F_DEPTH) }.small_int_value() as usize;
        if depth == 0 {
            if throw.is_none() && !send.is_none() {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
        } else {
            let code = ObjRef(self.function(unsafe { *fp }.ptr_ref()).code);
            let _ = code;
            // SAFETY: the top operand slot of a suspended frame holds the yielded value.
            unsafe {
                *fp.add(HEADER_WORDS + depth - 1) = if throw.is_some() { R::none() } else { send }
            };
        }
        *self.gen_state(g) = RUNNING;
        let r = self.execute(fp, throw);
        match r {
            Ok(Exit::Yield(v)) => {
                *self.gen_state(g) = SUSPENDED;
                Ok(Resumed::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                *self.gen_state(g) = FINISHED;
                Ok(Resumed::Return(v))
            }
            Err(e) => {
                *self.gen_state(g) = FINISHED;
                if self.pending_is(TypeId::StopIteration) {
                    return Err(
                        self.raise_msg(TypeId::RuntimeError, "generator raised StopIteration")
                    );
                }
                Err(e)
            }
        }
    }

    /// `gen.send(v)`: the next yielded value, or StopIteration(return value).
    pub fn gen_send(&mut self, g: R, v: R, throw: Option<R>) -> PyResult<R> {
        match self.resume(g, v, throw)? {
            Resumed::Yield(y) => Ok(y),
            Resumed::Return(r) => Err(self.raise_stop_iteration(r)),
        }
    }

    /// Raises `StopIteration(value)` (no args for `None`).
    pub fn raise_stop_iteration(&mut self, value: R) -> crate::runtime::Raised {
        let args = if value.is_none() {
            Ok(R::ptr(crate::runtime::rom_objects::EMPTY_TUPLE_REF))
        } else {
            self.new_tuple(&[value])
        };
        match args.and_then(|a| self.new_exception_of(TypeId::StopIteration.rom_ref(), a)) {
            Ok(e) => self.raise(R::ptr(e)),
            Err(e) => e,
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: R) -> PyResult<R> {
        if self.builtin_type_of(g) != TypeId::Generator
            && self.builtin_type_of(g) != TypeId::Coroutine
        {
            return Ok(R::none());
        }
        let fp = self.gen_frame(g);
        // SAFETY: `fp` is the generator's frame.
        let depth = unsafe { *fp.add(F_DEPTH) }.small_int_value();
        if *self.gen_state(g) == FINISHED || depth == 0 {
            *self.gen_state(g) = FINISHED;
            return Ok(R::none());
        }
        let exc = R::ptr(self.new_exception_instance(TypeId::GeneratorExit)?);
        match self.resume(g, R::none(), Some(exc)) {
            Ok(Resumed::Yield(_)) => {
                Err(self.raise_msg(TypeId::RuntimeError, "generator ignored GeneratorExit"))
            }
            Ok(Resumed::Return(_)) => Ok(R::none()),
            Err(e) => {
                if self.pending_is(TypeId::GeneratorExit) || self.pending_is(TypeId::StopIteration)
                {
                    self.take_exception();
                    Ok(R::none())
                } else {
                    Err(e)
                }
            }
        }
    }
}
