//! Calling: argument binding exactly as Python does it, frames for Python
//! functions, and dispatch to natives, types, bound methods and closures.
//!
//! `prepare_call` is the interpreter's entry: a Python function gets a new
//! frame on the Python stack (bound, not yet run) so the loop continues in
//! it; anything else runs at once. `Vm::call` is the Rust entry: it runs a
//! Python function's frame in a nested interpreter loop.
//!
//! Binding follows MicroPython's `mp_setup_code_state` layout: positional
//! parameters are locals `0..n_pos` (closed-over cells first, the compiler
//! counts them as parameters), keyword-only ones follow, then the `*args`
//! tuple, then the `**kwargs` dict.

use crate::objects::code::{
    CodeObj, FLAG_DEFKWARGS, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS,
};
use crate::qstr::{Interner, Qstr};
use crate::runtime::rom::{self, Region};
use crate::runtime::{PyResult, TypeId, Vm};
use crate::vm::frame::*;
use crate::vm::interp::Exit;
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::{ObjRef, Repr};

/// What `prepare_call` did.
pub enum Prepared<R> {
    /// A frame is ready at this address; the interpreter runs it.
    Frame(*mut R),
    /// The call is complete.
    Done(R),
}

/// Positional arguments from up to three places, without copying them together.
#[derive(Copy, Clone)]
struct Pos<'a, R> {
    cells: &'a [R],
    self_: Option<R>,
    args: &'a [R],
}

impl<R: Repr> Pos<'_, R> {
    fn len(&self) -> usize {
        self.cells.len() + self.self_.is_some() as usize + self.args.len()
    }
    fn get(&self, mut i: usize) -> R {
        if i < self.cells.len() {
            return self.cells[i];
        }
        i -= self.cells.len();
        if let Some(s) = self.self_ {
            if i == 0 {
                return s;
            }
            i -= 1;
        }
        self.args[i]
    }
}

impl<R: Repr> Vm<R> {
    /// Calls `f` from Rust with positional `args` and flat `(name, value)` pairs.
    pub fn call(&mut self, f: R, args: &[R], kwargs: &[R]) -> PyResult<R> {
        match self.prepare_call(f, args, kwargs)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(fp) => self.run_frame(fp),
        }
    }

    /// Runs a freshly bound frame to completion.
    fn run_frame(&mut self, fp: *mut R) -> PyResult<R> {
        // SAFETY: `fp` is the frame just pushed.
        unsafe { *fp.add(F_PREV) = int_word(-1) };
        match self.execute(fp, None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.raise_msg(TypeId::RuntimeError, "yield outside generator")),
        }
    }

    /// `meth(*args)` or `meth(self, *args)` as LOAD_METHOD left them.
    pub fn call_method_pair(&mut self, meth: R, self_: R, args: &[R]) -> PyResult<R> {
        if self_.is_null() {
            return self.call(meth, args, &[]);
        }
        match self.prepare_call_self(meth, Some(self_), args, &[])? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(fp) => self.run_frame(fp),
        }
    }

    /// `meth(self_, *args, **kwargs)` without building the argument list.
    pub fn call_with_self(&mut self, meth: R, self_: R, args: &[R], kwargs: &[R]) -> PyResult<R> {
        match self.prepare_call_self(meth, Some(self_), args, kwargs)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(fp) => self.run_frame(fp),
        }
    }

    /// Calls the method `name` of `obj` (raising AttributeError when absent).
    pub fn call_method(&mut self, obj: R, name: Qstr, args: &[R]) -> PyResult<R> {
        let (m, s) = self.load_method(obj, name)?;
        self.call_method_pair(m, s, args)
    }

    /// Sets up a call of `f` (see the module docs).
    pub fn prepare_call(&mut self, f: R, args: &[R], kwargs: &[R]) -> PyResult<Prepared<R>> {
        self.prepare_call_self(f, None, args, kwargs)
    }

    fn prepare_call_self(
        &mut self,
        f: R,
        self_: Option<R>,
        args: &[R],
        kwargs: &[R],
    ) -> PyResult<Prepared<R>> {
        if !f.is_ptr() {
            return Err(self.not_callable(f));
        }
        let r = f.ptr_ref();
        if let Some((region, index)) = rom::decode(r) {
            return match region {
                Region::Native => {
                    let v = self.call_native(index, self_, args, kwargs)?;
                    Ok(Prepared::Done(v))
                }
                Region::Type => {
                    let ty = TypeId::from_index(index).unwrap_or(TypeId::Object);
                    let v = with_self(self, self_, args, |vm, a| {
                        crate::builtins::types::call_type(vm, ty, a, kwargs)
                    })?;
                    Ok(Prepared::Done(v))
                }
                _ => Err(self.not_callable(f)),
            };
        }
        let t = self.type_ref_of_ptr(r);
        if t == TypeId::Function.rom_ref() {
            let pos = Pos {
                cells: &[],
                self_,
                args,
            };
            return self.prepare_function(r, pos, kwargs);
        }
        if t == TypeId::Closure.rom_ref() {
            let (fun, cells) = self.closure_parts(r);
            // SAFETY: the closure is the callee, kept alive by the caller.
            let cells: &[R] = unsafe { core::slice::from_raw_parts(cells.as_ptr(), cells.len()) };
            let pos = Pos { cells, self_, args };
            return self.prepare_function(fun, pos, kwargs);
        }
        if t == TypeId::BoundMethod.rom_ref() {
            let (s, fun) = self.bound_method_parts(f);
            if self_.is_none() {
                return self.prepare_call_self(fun, Some(s), args, kwargs);
            }
            let v = with_self(self, self_, args, |vm, a| vm.call_method_pair(fun, s, a))?;
            return Ok(Prepared::Done(v));
        }
        if t == TypeId::Type.rom_ref() {
            let v = with_self(self, self_, args, |vm, a| vm.call_class(r, a, kwargs))?;
            return Ok(Prepared::Done(v));
        }
        // Instances with __call__.
        if let Some(m) = self.lookup_type_attr(self.type_ref_of(f), crate::qstr::names::__call__)? {
            let v = with_self(self, self_, args, |vm, a| {
                let m2 = vm.bind_descriptor(m, f)?;
                vm.call(m2, a, kwargs)
            })?;
            return Ok(Prepared::Done(v));
        }
        Err(self.not_callable(f))
    }

    fn not_callable(&mut self, f: R) -> crate::runtime::Raised {
        let t = self.type_name(f);
        crate::raise!(self, TypeError, "'{}' object is not callable", t)
    }

    /// A Python function call: a bound frame, or a generator object.
    fn prepare_function(
        &mut self,
        fun: ObjRef,
        pos: Pos<'_, R>,
        kw: &[R],
    ) -> PyResult<Prepared<R>> {
        let code = ObjRef(self.function(fun).code);
        let words = frame_words(self.code(code));
        let is_gen = self.code(code).scope_flags & FLAG_GENERATOR != 0;
        if is_gen {
            let (gen, fp) = self.new_generator(fun, words)?;
            self.init_frame(fp, fun, code);
            self.bind_args(fp, fun, code, pos, kw)?;
            return Ok(Prepared::Done(gen));
        }
        let top = self.stack_top;
        let Some(fp) = self.reserve_frame(words) else {
            return Err(self.raise_recursion());
        };
        self.init_frame(fp, fun, code);
        if let Err(e) = self.bind_args(fp, fun, code, pos, kw) {
            self.stack_top = top;
            self.depth -= 1;
            return Err(e);
        }
        Ok(Prepared::Frame(fp))
    }

    /// Writes a fresh frame header and clears the state (locals must read
    /// as unbound). The exception stack is left as it is: entries are only
    /// read below the exception depth, and stale words are harmless to the
    /// collector, which scans the stack region above the frames as well.
    pub(crate) fn init_frame(&mut self, fp: *mut R, fun: ObjRef, code: ObjRef) {
        let c = self.code(code);
        let n_state = c.n_state as usize;
        let start = c.code_start as i64;
        // SAFETY: the caller reserved `frame_words(c)` >= HEADER_WORDS +
        // n_state value words at `fp`.
        unsafe {
            for i in HEADER_WORDS..HEADER_WORDS + n_state {
                *fp.add(i) = R::null();
            }
            write_fresh_header(fp, R::ptr(fun), start);
        }
    }

    /// Binds the arguments into the locals of the frame at `fp`.
    fn bind_args(
        &mut self,
        fp: *mut R,
        fun: ObjRef,
        code: ObjRef,
        pos: Pos<'_, R>,
        kw: &[R],
    ) -> PyResult<()> {
        let (n_state, n_pos, n_kwonly, n_def, flags) = {
            let c: &CodeObj = self.code(code);
            (
                c.n_state as usize,
                c.n_pos_args as usize,
                c.n_kwonly_args as usize,
                c.n_def_pos_args as usize,
                c.scope_flags,
            )
        };
        // SAFETY: local `i` of the frame at `fp` is word HEADER + n_state - 1 - i.
        let local = |i: usize| unsafe { fp.add(HEADER_WORDS + n_state - 1 - i) };
        let n_closed = pos.cells.len();
        let given = pos.len();
        let mut var_slot = n_pos + n_kwonly;
        if given > n_pos {
            if flags & FLAG_VARARGS == 0 {
                return Err(self.too_many_positional(fun, code, n_closed, given));
            }
            let extra: Vec<R> = (n_pos..given).map(|i| pos.get(i)).collect();
            let t = self.new_tuple(&extra)?;
            // SAFETY: `var_slot` is a local of this frame.
            unsafe { *local(var_slot) = t };
            var_slot += 1;
        } else if flags & FLAG_VARARGS != 0 {
            // SAFETY: as above.
            unsafe { *local(var_slot) = R::ptr(crate::runtime::rom_objects::EMPTY_TUPLE_REF) };
            var_slot += 1;
        }
        for i in 0..given.min(n_pos) {
            // SAFETY: `i < n_pos`.
            unsafe { *local(i) = pos.get(i) };
        }
        let kwdict = if flags & FLAG_VARKEYWORDS != 0 {
            let d = self.new_dict()?;
            // SAFETY: the `**kwargs` local follows the `*args` one.
            unsafe { *local(var_slot) = d };
            Some(d)
        } else {
            None
        };
        let arg_names = ObjRef(self.code(code).arg_names);
        for pair in kw.chunks_exact(2) {
            let name = self.intern_value(pair[0])?;
            let found = self
                .tuple_items(arg_names)
                .iter()
                .take(n_pos + n_kwonly)
                .position(|&a| a == name);
            match found {
                Some(j) => {
                    // SAFETY: `j < n_pos + n_kwonly`.
                    if unsafe { !(*local(j)).is_null() } {
                        let n = self.qstr_text(name);
                        let fname = self.function_name(code);
                        return Err(crate::raise!(
                            self,
                            TypeError,
                            "{}() got multiple values for argument '{}'",
                            fname,
                            n
                        ));
                    }
                    // SAFETY: as above.
                    unsafe { *local(j) = pair[1] };
                }
                None => match kwdict {
                    Some(d) => {
                        if self.dict_get(d, name)?.is_some() {
                            let n = self.qstr_text(name);
                            let fname = self.function_name(code);
                            return Err(crate::raise!(
                                self,
                                TypeError,
                                "{}() got multiple values for argument '{}'",
                                fname,
                                n
                            ));
                        }
                        self.dict_set(d, name, pair[1])?;
                    }
                    None => {
                        let n = self.qstr_text(name);
                        let fname = self.function_name(code);
                        return Err(crate::raise!(
                            self,
                            TypeError,
                            "{}() got an unexpected keyword argument '{}'",
                            fname,
                            n
                        ));
                    }
                },
            }
        }
        // Every positional parameter given, none keyword-only: nothing to
        // default or to report missing (the common call).
        if given >= n_pos && n_kwonly == 0 {
            return self.make_cells(fp, code, n_state);
        }
        // Defaults of the last `n_def` positional parameters.
        let (defaults, kwdefaults) = self.function_defaults(fun);
        if n_def > 0 && defaults != 0 {
            for i in n_pos - n_def.min(n_pos)..n_pos {
                // SAFETY: `i < n_pos`.
                if unsafe { (*local(i)).is_null() } {
                    let d = self
                        .tuple_items(ObjRef(defaults))
                        .get(i + n_def - n_pos)
                        .copied();
                    if let Some(d) = d {
                        // SAFETY: as above.
                        unsafe { *local(i) = d };
                    }
                }
            }
        }
        // SAFETY: locals below `n_pos + n_kwonly`.
        let missing: Vec<usize> = (n_closed..n_pos)
            .filter(|&i| unsafe { (*local(i)).is_null() })
            .collect();
        if !missing.is_empty() {
            return Err(self.missing_args(code, &missing, "positional"));
        }
        if n_kwonly > 0 {
            let mut missing = Vec::new();
            for i in n_pos..n_pos + n_kwonly {
                // SAFETY: as above.
                if unsafe { (*local(i)).is_null() } {
                    let name = self
                        .tuple_items(arg_names)
                        .get(i)
                        .copied()
                        .unwrap_or(R::none());
                    let d = if kwdefaults != 0 && flags & FLAG_DEFKWARGS != 0 {
                        self.dict_get(R::ptr(ObjRef(kwdefaults)), name)?
                    } else {
                        None
                    };
                    match d {
                        // SAFETY: as above.
                        Some(v) => unsafe { *local(i) = v },
                        None => missing.push(i),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(code, &missing, "keyword-only"));
            }
        }
        self.make_cells(fp, code, n_state)
    }

    /// Moves the locals captured by inner functions into cells.
    fn make_cells(&mut self, fp: *mut R, code: ObjRef, n_state: usize) -> PyResult<()> {
        // SAFETY: local `i` of the frame at `fp` is word HEADER + n_state - 1 - i.
        let local = |i: usize| unsafe { fp.add(HEADER_WORDS + n_state - 1 - i) };
        let (cells_at, cells_end) = {
            let c = self.code(code);
            (c.cells as usize, c.code_start as usize)
        };
        for k in cells_at..cells_end {
            let Some(&n) = self.code_bytes(code).get(k) else {
                break;
            };
            let n = n as usize;
            if n >= n_state {
                break;
            }
            // SAFETY: `n < n_state` is a local of this frame.
            let v = unsafe { *local(n) };
            let c = self.new_cell(v)?;
            // SAFETY: as above.
            unsafe { *local(n) = c };
        }
        Ok(())
    }

    fn function_name(&self, code: ObjRef) -> String {
        String::from(self.qstrs.get(Qstr(self.code(code).name)))
    }

    fn qstr_text(&self, v: R) -> String {
        String::from(self.str_text(v).unwrap_or("?"))
    }

    fn too_many_positional(
        &mut self,
        _fun: ObjRef,
        code: ObjRef,
        n_closed: usize,
        given: usize,
    ) -> crate::runtime::Raised {
        let c = self.code(code);
        let (n_pos, n_def) = (c.n_pos_args as usize - n_closed, c.n_def_pos_args as usize);
        let name = self.function_name(code);
        let given = given - n_closed;
        let takes = if n_def > 0 {
            alloc::format!("from {} to {}", n_pos - n_def, n_pos)
        } else {
            alloc::format!("{}", n_pos)
        };
        let plural = if n_pos == 1 && n_def == 0 { "" } else { "s" };
        let was = if given == 1 { "was" } else { "were" };
        crate::raise!(
            self,
            TypeError,
            "{}() takes {} positional argument{} but {} {} given",
            name,
            takes,
            plural,
            given,
            was
        )
    }

    fn missing_args(
        &mut self,
        code: ObjRef,
        missing: &[usize],
        kind: &str,
    ) -> crate::runtime::Raised {
        let arg_names = ObjRef(self.code(code).arg_names);
        let names: Vec<String> = missing
            .iter()
            .map(|&i| {
                let v = self
                    .tuple_items(arg_names)
                    .get(i)
                    .copied()
                    .unwrap_or(R::none());
                alloc::format!("'{}'", self.str_text(v).unwrap_or("?"))
            })
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => alloc::format!("{} and {}", names[0], names[1]),
            n => alloc::format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let fname = self.function_name(code);
        let plural = if names.len() == 1 { "" } else { "s" };
        crate::raise!(
            self,
            TypeError,
            "{}() missing {} required {} argument{}: {}",
            fname,
            names.len(),
            kind,
            plural,
            list
        )
    }

    /// A str value as its interned form (kwarg names compare by id).
    pub fn intern_value(&mut self, v: R) -> PyResult<R> {
        if v.is_qstr() {
            return Ok(v);
        }
        let Some(s) = self.str_text(v) else {
            return Err(self.type_error("keywords must be strings"));
        };
        let s = String::from(s);
        Ok(R::qstr(self.intern(&s)?.0))
    }

    /// Interns `s`, raising MemoryError/RuntimeError when the table is full.
    pub fn intern(&mut self, s: &str) -> PyResult<Qstr> {
        match self.interner().intern(s) {
            Ok(q) => Ok(q),
            Err(crate::qstr::QstrError::MemoryError) => Err(self.raise_memory_error()),
            Err(crate::qstr::QstrError::TooMany) => {
                Err(self.raise_msg(TypeId::RuntimeError, "too many interned strings"))
            }
        }
    }

    /// CALL_*_VAR_KW: expands `*seq` positional entries (bitmap bit i set)
    /// and `**dict` entries (key null) into an argument tuple and a flat
    /// keyword tuple.
    pub fn expand_star_args(
        &mut self,
        self_: Option<R>,
        pos: &[R],
        bitmap: u64,
        kw: &[R],
    ) -> PyResult<(R, R)> {
        let args = self.new_list(&[])?;
        self.roots.pinned[0] = args;
        let r = self.expand_into(args, self_, pos, bitmap, kw);
        self.roots.pinned[0] = R::none();
        let kwl = r?;
        let a = self.list_items(args);
        // SAFETY: `args` stays reachable from this frame's native stack.
        let a: &[R] = unsafe { core::slice::from_raw_parts(a.as_ptr(), a.len()) };
        let at = self.new_tuple(a)?;
        let k = self.list_items(kwl);
        // SAFETY: as above.
        let k: &[R] = unsafe { core::slice::from_raw_parts(k.as_ptr(), k.len()) };
        let kt = self.new_tuple(k)?;
        Ok((at, kt))
    }

    fn expand_into(
        &mut self,
        args: R,
        self_: Option<R>,
        pos: &[R],
        bitmap: u64,
        kw: &[R],
    ) -> PyResult<R> {
        if let Some(s) = self_ {
            self.list_append(args, s)?;
        }
        for (i, &a) in pos.iter().enumerate() {
            if i < 64 && bitmap >> i & 1 != 0 {
                let it = self.get_iter(a)?;
                while let Some(v) = self.iter_next(it)? {
                    self.list_append(args, v)?;
                }
            } else {
                self.list_append(args, a)?;
            }
        }
        let kwl = self.new_list(&[])?;
        self.roots.pinned[1] = kwl;
        for pair in kw.chunks_exact(2) {
            if pair[0].is_null() {
                let d = pair[1];
                if !self.is_dict(d) && self.try_load_attr(d, crate::qstr::names::keys)?.is_some() {
                    // Any mapping: its `keys()` and `[key]`.
                    let keys = self.call_method(d, crate::qstr::names::keys, &[])?;
                    let it = self.get_iter(keys)?;
                    while let Some(k) = self.iter_next(it)? {
                        let v = self.subscr(d, k)?;
                        let k = self.intern_value(k)?;
                        self.list_append(kwl, k)?;
                        self.list_append(kwl, v)?;
                    }
                    continue;
                }
                if !self.is_dict(d) {
                    let t = self.type_name(d);
                    return Err(crate::raise!(
                        self,
                        TypeError,
                        "argument after ** must be a mapping, not {}",
                        t
                    ));
                }
                let m = self.dict_map(d);
                let mut p = 0;
                while let Some((np, k, v)) = self.map_next(m, p) {
                    p = np;
                    let k = self.intern_value(k)?;
                    self.list_append(kwl, k)?;
                    self.list_append(kwl, v)?;
                }
            } else {
                self.list_append(kwl, pair[0])?;
                self.list_append(kwl, pair[1])?;
            }
        }
        self.roots.pinned[1] = R::none();
        Ok(kwl)
    }

    /// Calls the native `index` (area << 8 | entry) after checking its arity.
    fn call_native(
        &mut self,
        index: u32,
        self_: Option<R>,
        args: &[R],
        kwargs: &[R],
    ) -> PyResult<R> {
        let (area, entry) = ((index >> 8) as u8, index as u8);
        with_self(self, self_, args, |vm, a| {
            crate::runtime::natives::call(vm, area, entry, a, kwargs)
        })
    }
}

/// Runs `f` with `self_` prepended to `args` (copied only when there is a self).
fn with_self<R: Repr, T>(
    vm: &mut Vm<R>,
    self_: Option<R>,
    args: &[R],
    f: impl FnOnce(&mut Vm<R>, &[R]) -> PyResult<T>,
) -> PyResult<T> {
    match self_ {
        None => f(vm, args),
        Some(s) => {
            let mut buf = [R::none(); 8];
            if args.len() < buf.len() {
                buf[0] = s;
                buf[1..=args.len()].copy_from_slice(args);
                f(vm, &buf[..=args.len()])
            } else {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(s);
                v.extend_from_slice(args);
                f(vm, &v)
            }
        }
    }
}
