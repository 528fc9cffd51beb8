//! The bytecode interpreter: one loop over MicroPython v6 bytecode, generic
//! over the representation.
//!
//! A Python→Python call pushes a frame on the Python stack and continues in
//! the same loop; a return pops it (no Rust recursion, no allocation). The
//! loop is entered from Rust by `Vm::call` (natives calling back into
//! Python, class instantiation) and by generators resuming; those nestings
//! are bounded by [`MAX_NESTING`].
//!
//! Exceptions follow MicroPython's model: SETUP_EXCEPT/FINALLY/WITH push an
//! entry (handler, operand depth, finally flag) on the frame's exception
//! stack; a raise unwinds to the innermost entry whose handler is ahead of
//! the faulting instruction, with the exception pushed for the handler; a
//! `return`/`break` through a finally runs it "as a coroutine" with a small
//! int on the stack telling END_FINALLY how to resume (−1: return, n ≥ 0:
//! unwind n more blocks then jump).

use super::frame::*;
use crate::objects::code::CodeObj;
use crate::qstr::{names, Qstr};
use crate::runtime::iter::IterSlots;
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use mupy_emitters::opcodes as op;
use mupy_emitters::ops::{BinaryOp, UnaryOp};
use mupy_reprs::{Immediate, ObjRef, Repr};

/// Rust-level re-entries of the loop (natives calling Python, generators
/// resuming inside generators) before `RuntimeError`: each costs a native
/// stack frame, so this bounds native stack use.
pub const MAX_NESTING: u32 = 48;

/// Slots a for-loop iterator occupies on the operand stack (MicroPython's
/// `MP_OBJ_ITER_BUF_NSLOTS`; the compiler sizes stacks with it).
pub const ITER_SLOTS: usize = 4;

/// Last opcodes of the multi-opcode ranges (match arms need constants).
const SMALL_INT_MULTI_LAST: u8 =
    op::LOAD_CONST_SMALL_INT_MULTI + op::LOAD_CONST_SMALL_INT_MULTI_NUM - 1;
const LOAD_FAST_MULTI_LAST: u8 = op::LOAD_FAST_MULTI + op::LOAD_FAST_MULTI_NUM - 1;
const STORE_FAST_MULTI_LAST: u8 = op::STORE_FAST_MULTI + op::STORE_FAST_MULTI_NUM - 1;
const UNARY_OP_MULTI_LAST: u8 = op::UNARY_OP_MULTI + op::UNARY_OP_MULTI_NUM - 1;
const BINARY_OP_MULTI_LAST: u8 = op::BINARY_OP_MULTI + op::BINARY_OP_MULTI_NUM - 1;

/// How a frame left the loop.
pub enum Exit<R> {
    Return(R),
    Yield(R),
}

/// Where a call's result goes when the callee returns.
enum Step<R> {
    Continue,
    /// A new frame was pushed: switch to it.
    Enter(*mut R),
}

/// `?` for the dispatch loop: an error leaves the loop with the exception.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break e,
        }
    };
}

impl<R: Repr> Vm<R> {
    /// Runs the frame at `entry` until it returns or yields. With `inject`,
    /// raises that exception at the frame's current instruction first
    /// (generator `throw`).
    pub fn execute(&mut self, entry: *mut R, inject: Option<R>) -> PyResult<Exit<R>> {
        if self.nesting >= MAX_NESTING {
            return Err(self.raise_recursion());
        }
        self.nesting += 1;
        let caller = self.frame.get();
        let r = self.run(entry, inject);
        self.frame.set(caller);
        self.nesting -= 1;
        r
    }

    fn run(&mut self, entry: *mut R, mut inject: Option<R>) -> PyResult<Exit<R>> {
        let mut f = self.load_regs(entry);
        loop {
            let err: Raised = loop {
                if let Some(exc) = inject.take() {
                    if f.peek() == op::YIELD_FROM {
                        // Thrown into a delegating generator: pass it on.
                        f.op_ip = f.ip;
                        f.ip += 1;
                        f.drop_n(1);
                        match tri!(self.yield_from(&mut f, None, Some(exc))) {
                            Some(y) => {
                                f.ip = f.op_ip;
                                f.push(y);
                                f.save();
                                return Ok(Exit::Yield(y));
                            }
                            None => continue,
                        }
                    }
                    break self.raise_obj(exc);
                }
                f.op_ip = f.ip;
                let opcode = f.byte();
                match opcode {
                    op::LOAD_CONST_FALSE => f.push(R::bool(false)),
                    op::LOAD_CONST_NONE => f.push(R::none()),
                    op::LOAD_CONST_TRUE => f.push(R::bool(true)),
                    op::LOAD_CONST_SMALL_INT => {
                        let i = f.sint();
                        let v = tri!(self.new_int(i));
                        f.push(v);
                    }
                    op::LOAD_CONST_STRING => {
                        let q = f.uint();
                        f.push(R::qstr(q as u32));
                    }
                    op::LOAD_CONST_OBJ => {
                        let i = f.uint();
                        f.push(f.constant(i));
                    }
                    op::LOAD_NULL => f.push(R::null()),
                    op::LOAD_FAST_N => {
                        let i = f.uint();
                        let v = f.local(i);
                        if v.is_null() {
                            break self.unbound_local(&f, i);
                        }
                        f.push(v);
                    }
                    op::LOAD_DEREF => {
                        let i = f.uint();
                        let v = self.cell_get(f.local(i));
                        if v.is_null() {
                            break self.unbound_local(&f, i);
                        }
                        f.push(v);
                    }
                    op::LOAD_NAME => {
                        let q = Qstr(f.uint() as u32);
                        let v = tri!(self.load_name(&f, q));
                        f.push(v);
                    }
                    op::LOAD_GLOBAL => {
                        let q = Qstr(f.uint() as u32);
                        let v = match self.fast_load_global(f.globals, q) {
                            Some(v) => v,
                            None => tri!(self.load_global(f.globals, q)),
                        };
                        f.push(v);
                    }
                    op::LOAD_ATTR => {
                        let q = Qstr(f.uint() as u32);
                        let v = match self.fast_load_attr(f.top(), q) {
                            Some(v) => v,
                            None => tri!(self.load_attr(f.top(), q)),
                        };
                        f.set_top(v);
                    }
                    op::LOAD_METHOD => {
                        let q = Qstr(f.uint() as u32);
                        let obj = f.top();
                        let fast = match self.fast_load_method(obj, q) {
                            None => self.fast_builtin_method(obj, q),
                            p => p,
                        };
                        let (m, s) = match fast {
                            Some(p) => p,
                            None => tri!(self.load_method(obj, q)),
                        };
                        f.set_top(m);
                        f.push(s);
                    }
                    op::LOAD_SUPER_METHOD => {
                        // ( super cls self -- meth self )
                        let q = Qstr(f.uint() as u32);
                        let obj = f.pop();
                        let cls = f.pop();
                        let (m, s) = tri!(self.load_super_method(cls, obj, q));
                        f.set_top(m);
                        f.push(s);
                    }
                    op::LOAD_BUILD_CLASS => {
                        f.push(crate::builtins::build_class_value());
                    }
                    op::LOAD_SUBSCR => {
                        let index = f.pop();
                        let v = tri!(self.subscr(f.top(), index));
                        f.set_top(v);
                    }
                    op::STORE_FAST_N => {
                        let i = f.uint();
                        let v = f.pop();
                        f.set_local(i, v);
                    }
                    op::STORE_DEREF => {
                        let i = f.uint();
                        let v = f.pop();
                        self.cell_set(f.local(i), v);
                    }
                    op::STORE_NAME => {
                        let q = Qstr(f.uint() as u32);
                        let v = f.pop();
                        let locals = self.frame_locals(&f);
                        if !self.fast_store_name(locals, q, v) {
                            tri!(self.dict_set(locals, R::qstr(q.0), v));
                        }
                    }
                    op::STORE_GLOBAL => {
                        let q = Qstr(f.uint() as u32);
                        let v = f.pop();
                        if !self.fast_store_name(f.globals, q, v) {
                            tri!(self.dict_set(f.globals, R::qstr(q.0), v));
                        }
                    }
                    op::STORE_ATTR => {
                        let q = Qstr(f.uint() as u32);
                        let obj = f.pop();
                        let v = f.pop();
                        match self.fast_store_attr(obj, q, v) {
                            Some(r) => tri!(r),
                            None => tri!(self.store_attr(obj, q, v)),
                        }
                    }
                    op::STORE_SUBSCR => {
                        // ( value obj index -- )
                        let index = f.pop();
                        let obj = f.pop();
                        let v = f.pop();
                        tri!(self.store_subscr(obj, index, v));
                    }
                    op::DELETE_FAST => {
                        let i = f.uint();
                        if f.local(i).is_null() {
                            break self.unbound_local(&f, i);
                        }
                        f.set_local(i, R::null());
                    }
                    op::DELETE_DEREF => {
                        let i = f.uint();
                        let c = f.local(i);
                        if self.cell_get(c).is_null() {
                            break self.unbound_local(&f, i);
                        }
                        self.cell_set(c, R::null());
                    }
                    op::DELETE_NAME => {
                        let q = Qstr(f.uint() as u32);
                        let locals = self.frame_locals(&f);
                        if tri!(self.map_remove(self.dict_map(locals), R::qstr(q.0))).is_none() {
                            break self.name_error(q);
                        }
                    }
                    op::DELETE_GLOBAL => {
                        let q = Qstr(f.uint() as u32);
                        if tri!(self.map_remove(self.dict_map(f.globals), R::qstr(q.0))).is_none() {
                            break self.name_error(q);
                        }
                    }
                    op::DUP_TOP => f.push(f.top()),
                    op::DUP_TOP_TWO => {
                        let (a, b) = (f.peek_n(1), f.top());
                        f.push(a);
                        f.push(b);
                    }
                    op::POP_TOP => f.drop_n(1),
                    op::ROT_TWO => {
                        let (a, b) = (f.peek_n(1), f.top());
                        f.set_n(1, b);
                        f.set_n(0, a);
                    }
                    op::ROT_THREE => {
                        let (a, b, c) = (f.peek_n(2), f.peek_n(1), f.top());
                        f.set_n(2, c);
                        f.set_n(1, a);
                        f.set_n(0, b);
                    }
                    op::JUMP => {
                        let off = f.slabel();
                        f.ip = f.ip.wrapping_add_signed(off);
                        if off < 0 {
                            tri!(self.check_interrupt());
                        }
                    }
                    op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                        let off = f.slabel();
                        let v = f.pop();
                        let t = tri!(self.truthy(v));
                        if t == (opcode == op::POP_JUMP_IF_TRUE) {
                            f.ip = f.ip.wrapping_add_signed(off);
                            if off < 0 {
                                tri!(self.check_interrupt());
                            }
                        }
                    }
                    op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                        let off = f.ulabel();
                        let t = tri!(self.truthy(f.top()));
                        if t == (opcode == op::JUMP_IF_TRUE_OR_POP) {
                            f.ip += off;
                        } else {
                            f.drop_n(1);
                        }
                    }
                    op::SETUP_WITH => {
                        let off = f.ulabel();
                        let mgr = f.top();
                        let (exit, exit_self) = tri!(self.load_method(mgr, names::__exit__));
                        let (enter, enter_self) = tri!(self.load_method(mgr, names::__enter__));
                        let v = tri!(self.call_method_pair(enter, enter_self, &[]));
                        // ( mgr -- __exit__ self ) then the block entry, then the value.
                        f.set_top(exit);
                        f.push(exit_self);
                        let handler = f.ip + off;
                        f.push_exc(handler, true);
                        f.push(v);
                    }
                    op::WITH_CLEANUP => tri!(self.with_cleanup(&mut f)),
                    op::UNWIND_JUMP => {
                        // The offset counts from the unwind-count byte, as MicroPython's.
                        let off = f.slabel();
                        let dest = f.ip.wrapping_add_signed(off);
                        let n = f.byte();
                        f.push(int_word(dest as i64));
                        f.push(int_word(n as i64));
                        if let Some(e) = self.unwind_jump(&mut f) {
                            break e;
                        }
                    }
                    op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                        let off = f.ulabel();
                        let handler = f.ip + off;
                        f.push_exc(handler, opcode == op::SETUP_FINALLY);
                    }
                    op::END_FINALLY => {
                        f.exc_n = f.exc_n.saturating_sub(1);
                        let t = f.top();
                        if t.is_none() {
                            f.drop_n(1);
                        } else if t.is_small_int() {
                            let cause = f.pop().small_int_value();
                            if cause < 0 {
                                let v = f.pop();
                                if self.unwind_return(&mut f, v) {
                                    continue;
                                }
                                match self.pop_frame(&mut f, entry, v) {
                                    Some(exit) => return Ok(exit),
                                    None => continue,
                                }
                            }
                            f.push(int_word(cause));
                            if let Some(e) = self.unwind_jump(&mut f) {
                                break e;
                            }
                        } else {
                            break self.raise(t);
                        }
                    }
                    op::GET_ITER => {
                        let it = tri!(self.get_iter(f.top()));
                        f.set_top(it);
                    }
                    op::GET_ITER_STACK => {
                        let obj = f.top();
                        let slots = tri!(self.get_iter_slots(obj));
                        f.drop_n(1);
                        for w in slots {
                            f.push(w);
                        }
                    }
                    op::FOR_ITER => {
                        let off = f.ulabel();
                        let slots = IterSlots::at(f.sp.wrapping_sub(ITER_SLOTS - 1));
                        match tri!(self.iter_slots_next(slots)) {
                            Some(v) => f.push(v),
                            None => {
                                f.drop_n(ITER_SLOTS);
                                f.ip += off;
                            }
                        }
                    }
                    op::POP_EXCEPT_JUMP => {
                        f.exc_n = f.exc_n.saturating_sub(1);
                        let off = f.ulabel();
                        f.ip += off;
                    }
                    op::BUILD_TUPLE => {
                        let n = f.uint();
                        let t = tri!(self.new_tuple(f.top_slice(n)));
                        f.drop_n(n);
                        f.push(t);
                    }
                    op::BUILD_LIST => {
                        let n = f.uint();
                        let l = tri!(self.new_list(f.top_slice(n)));
                        f.drop_n(n);
                        f.push(l);
                    }
                    op::BUILD_MAP => {
                        let n = f.uint();
                        let d = tri!(self.new_dict());
                        f.push(d);
                        tri!(self.map_reserve(self.dict_map(d), n));
                    }
                    op::STORE_MAP => {
                        // ( dict value key -- dict )
                        let key = f.pop();
                        let value = f.pop();
                        tri!(self.dict_set(f.top(), key, value));
                    }
                    op::BUILD_SET => {
                        let n = f.uint();
                        let s = tri!(self.build_set(f.top_slice(n)));
                        f.drop_n(n);
                        f.push(s);
                    }
                    op::BUILD_SLICE => {
                        let n = f.uint();
                        let step = if n == 3 { f.pop() } else { R::none() };
                        let stop = f.pop();
                        let start = f.top();
                        let s = tri!(self.new_slice(start, stop, step));
                        f.set_top(s);
                    }
                    op::STORE_COMP => {
                        let n = f.uint();
                        let coll = f.peek_n(n >> 2);
                        match n & 3 {
                            0 => {
                                let v = f.pop();
                                tri!(self.list_append(coll, v));
                            }
                            1 => {
                                // ( .. value key )
                                let k = f.pop();
                                let v = f.pop();
                                tri!(self.dict_set(coll, k, v));
                            }
                            _ => {
                                let v = f.pop();
                                tri!(self.set_add_value(coll, v));
                            }
                        }
                    }
                    op::UNPACK_SEQUENCE => {
                        let n = f.uint();
                        let seq = f.pop();
                        tri!(self.unpack_sequence(seq, n, &mut f));
                    }
                    op::UNPACK_EX => {
                        let n = f.uint();
                        let seq = f.pop();
                        tri!(self.unpack_ex(seq, n & 0xff, (n >> 8) & 0xff, &mut f));
                    }
                    op::MAKE_FUNCTION => {
                        let i = f.uint();
                        let fun = tri!(self.make_function(&f, i, None));
                        f.push(fun);
                    }
                    op::MAKE_FUNCTION_DEFARGS => {
                        let i = f.uint();
                        let kw = f.pop();
                        let pos = f.pop();
                        let fun = tri!(self.make_function(&f, i, Some((pos, kw))));
                        f.push(fun);
                    }
                    op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                        let i = f.uint();
                        let n = f.byte() as usize;
                        let cells = f.top_slice(n);
                        let defs = if opcode == op::MAKE_CLOSURE_DEFARGS {
                            Some((f.peek_n(n + 1), f.peek_n(n)))
                        } else {
                            None
                        };
                        let fun = tri!(self.make_function(&f, i, defs));
                        let c = tri!(self.new_closure(fun, cells));
                        f.drop_n(n + if defs.is_some() { 2 } else { 0 });
                        f.push(c);
                    }
                    op::CALL_FUNCTION
                    | op::CALL_FUNCTION_VAR_KW
                    | op::CALL_METHOD
                    | op::CALL_METHOD_VAR_KW => {
                        let n = f.uint();
                        match tri!(self.call_op(&mut f, opcode, n)) {
                            Step::Continue => {}
                            Step::Enter(fp) => {
                                f.save();
                                // A generator's frame lives in the heap, not
                                // on the Python stack: it has no index there.
                                let prev = if f.fp == entry && !self.on_stack(entry) {
                                    -2
                                } else {
                                    self.stack_index(f.fp) as i64
                                };
                                // SAFETY: `fp` is the frame just pushed.
                                unsafe { *fp.add(F_PREV) = int_word(prev) };
                                f = self.load_regs(fp);
                            }
                        }
                    }
                    op::RETURN_VALUE => {
                        let v = f.pop();
                        if self.unwind_return(&mut f, v) {
                            continue;
                        }
                        match self.pop_frame(&mut f, entry, v) {
                            Some(exit) => return Ok(exit),
                            None => continue,
                        }
                    }
                    op::RAISE_LAST => {
                        let mut exc = R::null();
                        for i in (0..f.exc_n).rev() {
                            let e = f.exc_word(i, 2);
                            if !e.is_null() {
                                exc = e;
                                break;
                            }
                        }
                        if exc.is_null() {
                            break self
                                .raise_msg(TypeId::RuntimeError, "No active exception to reraise");
                        }
                        break self.raise(exc);
                    }
                    op::RAISE_OBJ => {
                        let e = f.top();
                        break self.raise_obj(e);
                    }
                    op::RAISE_FROM => {
                        let cause = f.pop();
                        let e = f.top();
                        break self.raise_from(e, cause);
                    }
                    op::YIELD_VALUE => {
                        let v = f.top();
                        f.save();
                        return Ok(Exit::Yield(v));
                    }
                    op::YIELD_FROM => {
                        let send = f.pop();
                        if let Some(y) = tri!(self.yield_from(&mut f, Some(send), None)) {
                            f.ip = f.op_ip;
                            f.push(y);
                            f.save();
                            return Ok(Exit::Yield(y));
                        }
                    }
                    op::IMPORT_NAME => {
                        let q = Qstr(f.uint() as u32);
                        let fromlist = f.pop();
                        let level = f.top();
                        let m = tri!(self.import_name(q, fromlist, level, f.globals));
                        f.set_top(m);
                    }
                    op::IMPORT_FROM => {
                        let q = Qstr(f.uint() as u32);
                        let v = tri!(self.import_from(f.top(), q));
                        f.push(v);
                    }
                    op::IMPORT_STAR => {
                        let m = f.pop();
                        let locals = self.frame_locals(&f);
                        tri!(self.import_star(m, locals));
                    }
                    op::LOAD_CONST_SMALL_INT_MULTI..=SMALL_INT_MULTI_LAST => {
                        let i = opcode as i64
                            - op::LOAD_CONST_SMALL_INT_MULTI as i64
                            - op::LOAD_CONST_SMALL_INT_MULTI_EXCESS as i64;
                        f.push(int_word(i));
                    }
                    op::LOAD_FAST_MULTI..=LOAD_FAST_MULTI_LAST => {
                        let i = (opcode - op::LOAD_FAST_MULTI) as usize;
                        let v = f.local(i);
                        if v.is_null() {
                            break self.unbound_local(&f, i);
                        }
                        f.push(v);
                    }
                    op::STORE_FAST_MULTI..=STORE_FAST_MULTI_LAST => {
                        let v = f.pop();
                        f.set_local((opcode - op::STORE_FAST_MULTI) as usize, v);
                    }
                    op::UNARY_OP_MULTI..=UNARY_OP_MULTI_LAST => {
                        let u = UnaryOp::from_u8(opcode - op::UNARY_OP_MULTI);
                        let v = tri!(self.unary_op(u.unwrap_or(UnaryOp::Not), f.top()));
                        f.set_top(v);
                    }
                    op::BINARY_OP_MULTI..=BINARY_OP_MULTI_LAST => {
                        let rhs = f.pop();
                        let lhs = f.top();
                        let b = opcode - op::BINARY_OP_MULTI;
                        if let Some(v) = super::fast_paths::small_int_binary(b, lhs, rhs) {
                            f.set_top(v);
                            continue;
                        }
                        let b = BinaryOp::from_u8(b);
                        let v = tri!(self.binary_op(b.unwrap_or(BinaryOp::Is), lhs, rhs));
                        f.set_top(v);
                    }
                    _ => break self.raise_msg(TypeId::NotImplementedError, "opcode"),
                }
            };
            // An exception is pending: unwind to a handler, frame by frame.
            let _ = err;
            loop {
                let exc = self.roots.exception;
                let reraise = matches!(f.byte_at(f.op_ip), op::END_FINALLY | op::RAISE_LAST);
                if !reraise {
                    self.add_traceback(&f, exc);
                }
                if let Some(i) = (0..f.exc_n).rev().find(|&i| !f.exc_word(i, 2).is_null()) {
                    self.set_exception_context(exc, f.exc_word(i, 2));
                }
                while f.exc_n > 0 && f.exc_top().0 <= f.op_ip {
                    f.exc_n -= 1;
                }
                if f.exc_n > 0 {
                    let (handler, depth, _) = f.exc_top();
                    let i = f.exc_n - 1;
                    f.set_exc_word(i, 2, exc);
                    f.ip = handler;
                    f.set_depth(depth);
                    f.push(exc);
                    break;
                }
                // No handler here: leave the frame.
                if f.fp == entry {
                    self.leave_frame(&f);
                    return Err(Raised);
                }
                self.leave_frame(&f);
                f = self.caller_regs(&f, entry);
                // The caller's faulting instruction is its call, just before `ip`.
                f.op_ip = f.ip.saturating_sub(1);
            }
        }
    }

    /// Pops the returning frame; `Some(exit)` when it was the entry frame,
    /// else switches `f` to the caller with `v` pushed.
    fn pop_frame(&mut self, f: &mut Regs<R>, entry: *mut R, v: R) -> Option<Exit<R>> {
        self.leave_frame(f);
        if f.fp == entry {
            return Some(Exit::Return(v));
        }
        *f = self.caller_regs(f, entry);
        f.set_top(v);
        None
    }

    /// Releases a frame's Python-stack space and call depth.
    fn leave_frame(&mut self, f: &Regs<R>) {
        if self.on_stack(f.fp) {
            self.stack_top = self.stack_index(f.fp);
            self.depth = self.depth.saturating_sub(1);
        }
    }

    /// The registers of the caller of `f`.
    fn caller_regs(&self, f: &Regs<R>, entry: *mut R) -> Regs<R> {
        // SAFETY: `f.fp` is a live frame whose header names its caller.
        let prev = header_int(unsafe { *f.fp.add(F_PREV) });
        let fp = if prev == -2 {
            entry
        } else {
            self.stack_word(prev as usize)
        };
        self.load_regs(fp)
    }

    /// Whether `fp` is a frame on the Python stack (not in a generator).
    pub fn on_stack(&self, fp: *mut R) -> bool {
        let lo = self.stack_word(0) as usize;
        let hi = self.stack_word(self.config.stack_words) as usize;
        (lo..hi).contains(&(fp as usize))
    }

    /// Runs pending finally blocks of a `return`: `true` when a finally
    /// block was entered (the return resumes at its END_FINALLY).
    fn unwind_return(&mut self, f: &mut Regs<R>, v: R) -> bool {
        // The value stays on top while active finally blocks are cancelled.
        f.push(v);
        while f.exc_n > 0 {
            let (handler, depth, is_finally) = f.exc_top();
            if is_finally {
                if handler >= f.ip {
                    // Drop any for-loop iterators between the block and the value.
                    f.set_depth(depth);
                    f.push(v);
                    f.push(int_word(-1));
                    f.ip = handler;
                    return true;
                }
                self.cancel_active_finally(f);
            }
            f.exc_n -= 1;
        }
        f.drop_n(1);
        false
    }

    /// A finally block that is running is abandoned (a return or break
    /// inside it): drop what it would have resumed with.
    fn cancel_active_finally(&mut self, f: &mut Regs<R>) {
        let under = f.peek_n(1);
        let top = f.top();
        if under.is_small_int() {
            // ( .. prev_dest prev_cause dest ) -> ( .. dest )
            f.set_n(2, top);
            f.drop_n(2);
        } else {
            // ( .. None|exc dest ) -> ( .. dest )
            f.set_n(1, top);
            f.drop_n(1);
        }
    }

    /// The body of UNWIND_JUMP (and its resumption by END_FINALLY):
    /// `( .. dest n -- )` leaves `n & 0x7f` blocks, running finally blocks.
    fn unwind_jump(&mut self, f: &mut Regs<R>) -> Option<Raised> {
        let mut n = f.pop().small_int_value();
        while n & 0x7f > 0 {
            n -= 1;
            if f.exc_n == 0 {
                break;
            }
            let (handler, _, is_finally) = f.exc_top();
            if is_finally {
                if handler >= f.ip {
                    f.push(int_word(n));
                    f.ip = handler;
                    return None;
                }
                self.cancel_active_finally(f);
            }
            f.exc_n -= 1;
        }
        let dest = f.pop().small_int_value();
        f.ip = dest as usize;
        if n != 0 {
            f.drop_n(ITER_SLOTS);
        }
        self.check_interrupt().err()
    }

    /// WITH_CLEANUP: calls `__exit__` with the block's outcome.
    fn with_cleanup(&mut self, f: &mut Regs<R>) -> PyResult<()> {
        let t = f.top();
        let none = R::none();
        if t.is_none() {
            // ( __exit__ self None -- None )
            let (exit, s) = (f.peek_n(2), f.peek_n(1));
            self.call_method_pair(exit, s, &[none, none, none])?;
            f.drop_n(2);
            f.set_top(none);
        } else if t.is_small_int() {
            // ( __exit__ self data cause -- data cause )
            let (exit, s, data) = (f.peek_n(3), f.peek_n(2), f.peek_n(1));
            self.call_method_pair(exit, s, &[none, none, none])?;
            f.set_n(3, data);
            f.set_n(2, t);
            f.drop_n(2);
        } else {
            // ( __exit__ self exc -- None | exc )
            let (exit, s) = (f.peek_n(2), f.peek_n(1));
            let ty = R::ptr(self.type_ref_of(t));
            let tb = R::none();
            let r = self.call_method_pair(exit, s, &[ty, t, tb])?;
            let swallow = self.truthy(r)?;
            f.drop_n(2);
            f.set_top(if swallow { none } else { t });
        }
        Ok(())
    }

    /// `( .. iter )` with `send`/`throw`: resumes the sub-iterator; `Some(v)`
    /// when it yielded `v`, `None` when it finished (its result replaces it).
    fn yield_from(
        &mut self,
        f: &mut Regs<R>,
        send: Option<R>,
        throw: Option<R>,
    ) -> PyResult<Option<R>> {
        let it = f.top();
        match self.resume(it, send.unwrap_or(R::none()), throw) {
            Ok(crate::objects::generator::Resumed::Yield(v)) => Ok(Some(v)),
            Ok(crate::objects::generator::Resumed::Return(v)) => {
                f.set_top(v);
                if let Some(t) = throw {
                    if self.isinstance_builtin(t, TypeId::GeneratorExit) {
                        return Err(self.raise(t));
                    }
                }
                Ok(None)
            }
            Err(e) => {
                f.drop_n(1);
                Err(e)
            }
        }
    }

    /// The locals dict of a module or class-body frame.
    fn frame_locals(&self, f: &Regs<R>) -> R {
        // SAFETY: `fp` is the live frame.
        let l = unsafe { *f.fp.add(F_LOCALS) };
        if l.is_null() {
            f.globals
        } else {
            l
        }
    }

    fn load_name(&mut self, f: &Regs<R>, q: Qstr) -> PyResult<R> {
        let locals = self.frame_locals(f);
        if let Some(v) = self.fast_load_global(locals, q) {
            return Ok(v);
        }
        if locals != f.globals {
            if let Some(v) = self.dict_get(locals, R::qstr(q.0))? {
                return Ok(v);
            }
        }
        self.load_global(f.globals, q)
    }

    /// A global, then a builtin.
    pub fn load_global(&mut self, globals: R, q: Qstr) -> PyResult<R> {
        if let Some(v) = self.dict_get(globals, R::qstr(q.0))? {
            return Ok(v);
        }
        match crate::builtins::lookup(q) {
            Some(rv) => self.rom_value(rv),
            None if q == names::NotImplemented => Ok(R::immediate(Immediate::NotImplemented)),
            None if q == names::Ellipsis => Ok(R::immediate(Immediate::Ellipsis)),
            // The builtins module's own name, seen by code run with bare
            // globals (`exec(src, {})`, whose class bodies read `__name__`).
            None if q == names::__name__ => Ok(R::qstr(names::builtins.0)),
            None => Err(self.name_error(q)),
        }
    }

    pub fn name_error(&mut self, q: Qstr) -> Raised {
        let name = crate::qstr::Interner::get(&self.qstrs, q);
        let name = alloc::string::String::from(name);
        crate::raise!(self, NameError, "name '{}' is not defined", name)
    }

    fn unbound_local(&mut self, f: &Regs<R>, i: usize) -> Raised {
        let names = self.code(f.code).arg_names;
        let _ = names;
        let _ = i;
        self.raise_msg(
            TypeId::UnboundLocalError,
            "local variable referenced before assignment",
        )
    }

    /// Ctrl-C arrived: raise KeyboardInterrupt.
    #[inline]
    fn check_interrupt(&mut self) -> PyResult<()> {
        if self.port.take_interrupt() {
            return Err(self.raise_type(TypeId::KeyboardInterrupt));
        }
        Ok(())
    }

    pub fn raise_recursion(&mut self) -> Raised {
        self.raise_msg(TypeId::RuntimeError, "maximum recursion depth exceeded")
    }

    /// Appends (file, line, function) of `f`'s current instruction to the
    /// traceback of `exc` (a flat list of triples, innermost first).
    fn add_traceback(&mut self, f: &Regs<R>, exc: R) {
        if exc == self.roots.memory_error || !exc.is_ptr() {
            return;
        }
        let (file, name, line) = {
            let c: &CodeObj = self.code(f.code);
            let bytes = self.code_bytes(f.code);
            let map = bytes
                .get(c.line_info as usize..c.line_info_end as usize)
                .unwrap_or(&[]);
            let offset = f.op_ip.saturating_sub(c.code_start as usize);
            (c.file, c.name, super::load::line_for_offset(map, offset))
        };
        let _ = self.exception_add_traceback(exc, Qstr(file), line, Qstr(name));
    }

    /// Builds a function object from child `i` of the running code.
    fn make_function(&mut self, f: &Regs<R>, i: usize, defs: Option<(R, R)>) -> PyResult<R> {
        let children = self.code(f.code).children;
        let child = self
            .tuple_items(ObjRef(children))
            .get(i)
            .copied()
            .unwrap_or(R::none());
        if !child.is_ptr() {
            return Err(self.raise_msg(TypeId::RuntimeError, "bad code index"));
        }
        let (pos, kw) = match defs {
            Some((p, k)) => (
                if p.is_null() || p.is_none() {
                    None
                } else {
                    Some(p)
                },
                if k.is_null() || k.is_none() {
                    None
                } else {
                    Some(k)
                },
            ),
            None => (None, None),
        };
        self.new_function(child.ptr_ref(), f.globals.ptr_ref(), pos, kw)
    }

    /// The four CALL opcodes: Python functions get a frame (`Step::Enter`),
    /// everything else is called and its result replaces the callee slot.
    fn call_op(&mut self, f: &mut Regs<R>, opcode: u8, n: usize) -> PyResult<Step<R>> {
        let n_pos = n & 0xff;
        let n_kw = (n >> 8) & 0xff;
        let is_method = opcode == op::CALL_METHOD || opcode == op::CALL_METHOD_VAR_KW;
        let var = opcode == op::CALL_FUNCTION_VAR_KW || opcode == op::CALL_METHOD_VAR_KW;
        let words = n_pos + 2 * n_kw + is_method as usize + var as usize;
        let base_n = words + 1;
        let all = f.top_slice(base_n);
        f.drop_n(words);
        let fun = all[0];
        let mut args = &all[1..1 + is_method as usize + n_pos];
        if is_method && all[1].is_null() {
            args = &args[1..];
        }
        if n_kw == 0 && !var {
            if let Some(fp) = self.push_simple_frame(fun, args) {
                return Ok(Step::Enter(fp));
            }
        }
        let kw_start = 1 + is_method as usize + n_pos;
        let kw = &all[kw_start..kw_start + 2 * n_kw];
        if var {
            let bitmap = all[base_n - 1].small_int_value() as u64;
            let self_ = if is_method && !all[1].is_null() {
                Some(all[1])
            } else {
                None
            };
            let pos = &all[1 + is_method as usize..kw_start];
            let (a, k) = self.expand_star_args(self_, pos, bitmap, kw)?;
            // Keep the expanded argument tuples reachable on the stack.
            f.set_top(a);
            f.push(k);
            let args = self.tuple_items(a.ptr_ref());
            // SAFETY: `a` is a tuple kept alive in the operand stack slot above.
            let args: &[R] = unsafe { core::slice::from_raw_parts(args.as_ptr(), args.len()) };
            let kwv = self.tuple_items(k.ptr_ref());
            // SAFETY: as above.
            let kwv: &[R] = unsafe { core::slice::from_raw_parts(kwv.as_ptr(), kwv.len()) };
            let r = self.prepare_call(fun, args, kwv);
            f.drop_n(1);
            return match r? {
                crate::runtime::call::Prepared::Frame(fp) => Ok(Step::Enter(fp)),
                crate::runtime::call::Prepared::Done(v) => {
                    f.set_top(v);
                    Ok(Step::Continue)
                }
            };
        }
        match self.prepare_call(fun, args, kw)? {
            crate::runtime::call::Prepared::Frame(fp) => Ok(Step::Enter(fp)),
            crate::runtime::call::Prepared::Done(v) => {
                f.set_top(v);
                Ok(Step::Continue)
            }
        }
    }

    /// UNPACK_SEQUENCE: pushes the `n` items of `seq`, last first.
    fn unpack_sequence(&mut self, seq: R, n: usize, f: &mut Regs<R>) -> PyResult<()> {
        let items = self.sequence_to_tuple(seq)?;
        let got = self.tuple_items(items.ptr_ref()).len();
        if got != n {
            return Err(if got < n {
                crate::raise!(
                    self,
                    ValueError,
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    got
                )
            } else {
                crate::raise!(
                    self,
                    ValueError,
                    "too many values to unpack (expected {})",
                    n
                )
            });
        }
        for i in (0..n).rev() {
            let v = self.tuple_items(items.ptr_ref())[i];
            f.push(v);
        }
        Ok(())
    }

    /// UNPACK_EX: `left` items, a list of the rest, `right` items.
    fn unpack_ex(&mut self, seq: R, left: usize, right: usize, f: &mut Regs<R>) -> PyResult<()> {
        let items = self.sequence_to_tuple(seq)?;
        f.push(items);
        let got = self.tuple_items(items.ptr_ref()).len();
        if got < left + right {
            return Err(crate::raise!(
                self,
                ValueError,
                "not enough values to unpack (expected at least {}, got {})",
                left + right,
                got
            ));
        }
        let mid = {
            let t = self.tuple_items(items.ptr_ref());
            let t: &[R] = &t[left..got - right];
            // SAFETY: the tuple stays on the operand stack during the allocation.
            let t: &[R] = unsafe { core::slice::from_raw_parts(t.as_ptr(), t.len()) };
            self.new_list(t)?
        };
        f.drop_n(1);
        for i in (got - right..got).rev() {
            let v = self.tuple_items(items.ptr_ref())[i];
            f.push(v);
        }
        f.push(mid);
        for i in (0..left).rev() {
            let v = self.tuple_items(items.ptr_ref())[i];
            f.push(v);
        }
        Ok(())
    }
}
