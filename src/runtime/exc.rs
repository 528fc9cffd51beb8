//! Raising and matching exceptions: `raise X` (class or instance),
//! `raise X from Y`, `except` matching against classes and tuples, and the
//! traceback entries added as an exception unwinds frames.

use crate::objects::exception::ExceptionObj;
use crate::qstr::Qstr;
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use mupy_reprs::Repr;

impl<R: Repr> Vm<R> {
    /// `raise e`: instantiates classes, rejects non-exceptions.
    pub fn raise_obj(&mut self, e: R) -> Raised {
        match self.make_exception(e) {
            Ok(x) => self.raise(x),
            Err(r) => r,
        }
    }

    /// The exception instance `raise e` raises.
    pub fn make_exception(&mut self, e: R) -> PyResult<R> {
        if self.is_class_value(e) {
            if self.class_is_exception(e) {
                return self.call(e, &[], &[]);
            }
        } else if self.builtin_type_of(e).is_exception() {
            return Ok(e);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Whether the class `c` derives from BaseException.
    pub fn class_is_exception(&self, c: R) -> bool {
        match crate::runtime::rom::decode(c.ptr_ref()) {
            Some((crate::runtime::rom::Region::Type, i)) => {
                TypeId::from_index(i).is_some_and(|t| t.is_exception())
            }
            _ => self.class_native_base(c.ptr_ref()).is_exception(),
        }
    }

    /// `raise e from cause`.
    pub fn raise_from(&mut self, e: R, cause: R) -> Raised {
        let exc = match self.make_exception(e) {
            Ok(x) => x,
            Err(r) => return r,
        };
        let cause = if cause.is_none() {
            cause
        } else {
            match self.make_exception(cause) {
                Ok(c) => c,
                Err(r) => return r,
            }
        };
        // SAFETY: `exc` is an exception instance.
        unsafe { self.obj_mut::<ExceptionObj<R>>(exc.ptr_ref()) }.cause = cause;
        self.raise(exc)
    }

    /// `except cls` against the exception `exc` (`cls` may be a tuple).
    pub fn exception_match(&mut self, exc: R, cls: R) -> PyResult<bool> {
        if self.is_exact(cls, TypeId::Tuple) {
            let n = self.tuple_items(cls.ptr_ref()).len();
            for i in 0..n {
                let c = self.tuple_items(cls.ptr_ref())[i];
                if self.exception_match(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_class_value(cls) || !self.class_is_exception(cls) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(exc, cls))
    }

    /// Appends one traceback entry (file, line, function) to `exc`.
    pub fn exception_add_traceback(
        &mut self,
        exc: R,
        file: Qstr,
        line: u32,
        name: Qstr,
    ) -> PyResult<()> {
        if !self.builtin_type_of(exc).is_exception() {
            return Ok(());
        }
        // SAFETY: `exc` is an exception instance.
        let mut tb = unsafe { self.obj::<ExceptionObj<R>>(exc.ptr_ref()) }.traceback;
        if !self.is_exact(tb, TypeId::List) {
            tb = self.new_list(&[])?;
            // SAFETY: as above.
            unsafe { self.obj_mut::<ExceptionObj<R>>(exc.ptr_ref()) }.traceback = tb;
        }
        let line = self.new_int(line as i64)?;
        self.list_append(tb, R::qstr(file.0))?;
        self.list_append(tb, line)?;
        self.list_append(tb, R::qstr(name.0))
    }

    /// Forgets the traceback of `exc` (before it is raised afresh).
    pub fn exception_clear_traceback(&mut self, exc: R) {
        if self.builtin_type_of(exc).is_exception() && exc.is_ptr() {
            // SAFETY: `exc` is an exception instance.
            unsafe { self.obj_mut::<ExceptionObj<R>>(exc.ptr_ref()) }.traceback = R::none();
        }
    }

    /// The `args` tuple of an exception.
    pub fn exception_args(&self, exc: R) -> R {
        // SAFETY: callers pass an exception instance.
        unsafe { self.obj::<ExceptionObj<R>>(exc.ptr_ref()) }.args
    }

    /// The traceback list of an exception (flat file, line, name triples).
    pub fn exception_traceback(&self, exc: R) -> R {
        // SAFETY: callers pass an exception instance.
        unsafe { self.obj::<ExceptionObj<R>>(exc.ptr_ref()) }.traceback
    }
}

impl<R: Repr> Vm<R> {
    /// `exc.__cause__ = v`, `exc.__context__ = v` (fields, not dict entries);
    /// `None` for any other name.
    pub fn store_exception_field(&mut self, exc: R, name: Qstr, value: R) -> Option<PyResult<()>> {
        use crate::qstr::names;
        if name != names::__cause__ && name != names::__context__ {
            return None;
        }
        if !value.is_null() && !value.is_none() && !self.builtin_type_of(value).is_exception() {
            return Some(Err(self.type_error(
                "exception cause must be None or derive from BaseException",
            )));
        }
        let v = if value.is_null() { R::none() } else { value };
        // SAFETY: `exc` is an exception instance.
        let e = unsafe { self.obj_mut::<ExceptionObj<R>>(exc.ptr_ref()) };
        if name == names::__cause__ {
            e.cause = v;
        } else {
            e.context = v;
        }
        Some(Ok(()))
    }

    /// Records `handled` (the exception whose handler is running) as the
    /// `__context__` of `exc` being raised, unless it has one already or
    /// they are the same (a re-raise).
    pub fn set_exception_context(&mut self, exc: R, handled: R) {
        if exc == handled || exc == self.roots.memory_error || !exc.is_ptr() {
            return;
        }
        if !self.builtin_type_of(exc).is_exception()
            || !self.builtin_type_of(handled).is_exception()
        {
            return;
        }
        // SAFETY: `exc` is an exception instance.
        let e = unsafe { self.obj_mut::<ExceptionObj<R>>(exc.ptr_ref()) };
        if e.context.is_none() || e.context.is_null() {
            e.context = handled;
        }
    }
}
