//! Attributes: `obj.name` loads (as a value, or as a method pair for
//! LOAD_METHOD that allocates no bound method), stores and deletes, for
//! instances, classes (walking the C3 MRO), heap modules, exceptions and
//! builtin objects (their type's ROM attribute table). Descriptors:
//! functions bind, `staticmethod`/`classmethod`/`property` as Python's.

use crate::objects::class::ClassObj;
use crate::objects::exception::ExceptionObj;
use crate::objects::module::ModuleObj;
use crate::qstr::{names, Interner, Qstr};
use crate::runtime::rom::{self, Region};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::{ObjRef, Repr};

impl<R: Repr> Vm<R> {
    /// Whether `v` is an instance of a user (heap) class.
    #[inline]
    pub fn is_user_instance(&self, v: R) -> bool {
        v.is_ptr() && !rom::is_rom(v.ptr_ref()) && !rom::is_rom(self.type_ref_of_ptr(v.ptr_ref()))
    }

    /// Whether the heap object `r` is a class.
    pub fn is_class_ref(&self, r: ObjRef) -> bool {
        !rom::is_rom(r) && self.type_ref_of_ptr(r) == TypeId::Type.rom_ref()
    }

    /// Whether `v` is a class: builtin type or user class.
    pub fn is_class_value(&self, v: R) -> bool {
        v.is_ptr()
            && (matches!(rom::decode(v.ptr_ref()), Some((Region::Type, _)))
                || self.is_class_ref(v.ptr_ref()))
    }

    /// The fields of a user class.
    pub fn class(&self, c: ObjRef) -> &ClassObj<R> {
        // SAFETY: callers pass a heap class.
        unsafe { self.obj::<ClassObj<R>>(c) }
    }

    /// The name of a class or builtin type.
    pub fn class_name(&self, t: ObjRef) -> String {
        match rom::decode(t) {
            Some((Region::Type, i)) => {
                let ty = TypeId::from_index(i).unwrap_or(TypeId::Object);
                String::from(self.qstrs.get(ty.info().name))
            }
            _ => String::from(self.str_text(self.class(t).name).unwrap_or("?")),
        }
    }

    /// The name of the type of `v`, for messages.
    pub fn type_name(&self, v: R) -> String {
        self.class_name(self.type_ref_of(v))
    }

    /// A ROM table value as a value word (boxing floats in A).
    pub fn rom_value(&mut self, rv: RomValue) -> PyResult<R> {
        match rv.to_value::<R>() {
            Some(v) => Ok(v),
            None => match rv {
                RomValue::Float(f) => self.new_float(*f),
                RomValue::Int(i) => self.new_int(i as i64),
                _ => Ok(R::none()),
            },
        }
    }

    /// Looks `name` up in the type `t` (ROM type, or heap class through its MRO).
    pub fn lookup_type_attr(&mut self, t: ObjRef, name: Qstr) -> PyResult<Option<R>> {
        if let Some((Region::Type, i)) = rom::decode(t) {
            let ty = TypeId::from_index(i).unwrap_or(TypeId::Object);
            return match ty.info().lookup(name) {
                Some(rv) => Ok(Some(self.rom_value(rv)?)),
                None => Ok(None),
            };
        }
        if rom::is_rom(t) {
            return Ok(None);
        }
        let epoch = self.heap.collections();
        if let Some(v) = self.type_cache.get(t, name, epoch) {
            return Ok((!v.is_null()).then_some(v));
        }
        let found = self.lookup_class_mro(t, name)?;
        // A ROM value materialised on the heap may have started a collection.
        if self.heap.collections() == epoch {
            let v = found.unwrap_or(R::null());
            self.type_cache.put(t, name, v, epoch);
        }
        Ok(found)
    }

    /// The uncached walk of heap class `t`'s MRO for `name`.
    fn lookup_class_mro(&mut self, t: ObjRef, name: Qstr) -> PyResult<Option<R>> {
        let mro = self.class(t).mro;
        let n = self.tuple_items(mro.ptr_ref()).len();
        for i in 0..n {
            let c = self.tuple_items(mro.ptr_ref())[i].ptr_ref();
            if let Some((Region::Type, k)) = rom::decode(c) {
                let ty = TypeId::from_index(k).unwrap_or(TypeId::Object);
                if let Some(&(_, rv)) = ty.info().attrs.iter().find(|&&(q, _)| q == name) {
                    return Ok(Some(self.rom_value(rv)?));
                }
                continue;
            }
            let d = self.class(c).dict;
            if let Some(v) = self.dict_get(d, R::qstr(name.0))? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Binds a class attribute found for instance `obj` (a value, not a pair).
    pub fn bind_descriptor(&mut self, m: R, obj: R) -> PyResult<R> {
        let (meth, s) = self.classify(m, obj)?;
        if s.is_null() {
            Ok(meth)
        } else {
            self.new_bound_method(s, meth)
        }
    }

    /// Calls the class attribute `m` as found for `obj` (`__init__`,
    /// special methods): bound to `obj` without a bound-method object.
    pub fn call_descriptor(&mut self, m: R, obj: R, args: &[R], kwargs: &[R]) -> PyResult<R> {
        let (meth, s) = self.classify(m, obj)?;
        if s.is_null() {
            self.call(meth, args, kwargs)
        } else {
            self.call_with_self(meth, s, args, kwargs)
        }
    }

    /// What a class attribute `m` means on `obj`: `(callable, self or null)`.
    fn classify(&mut self, m: R, obj: R) -> PyResult<(R, R)> {
        if !m.is_ptr() {
            return Ok((m, R::null()));
        }
        let r = m.ptr_ref();
        if matches!(rom::decode(r), Some((Region::Native, _))) {
            return Ok((m, obj));
        }
        let t = self.type_ref_of_ptr(r);
        if t == TypeId::Function.rom_ref() || t == TypeId::Closure.rom_ref() {
            return Ok((m, obj));
        }
        if t == TypeId::StaticMethod.rom_ref() {
            return Ok((self.wrapped(m), R::null()));
        }
        if t == TypeId::ClassMethod.rom_ref() {
            let cls = if self.is_class_value(obj) {
                obj
            } else {
                R::ptr(self.type_ref_of(obj))
            };
            return Ok((self.wrapped(m), cls));
        }
        if t == TypeId::Property.rom_ref() {
            let getter = self.wrapped(m);
            if getter.is_none() {
                return Err(self.raise_msg(TypeId::AttributeError, "unreadable attribute"));
            }
            let v = self.call(getter, &[obj], &[])?;
            return Ok((v, R::null()));
        }
        Ok((m, R::null()))
    }

    /// `obj.name` as LOAD_METHOD wants it: `(method, self)` or `(value, null)`.
    pub fn load_method(&mut self, obj: R, name: Qstr) -> PyResult<(R, R)> {
        match self.find_attr(obj, name)? {
            Some(pair) => Ok(pair),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `obj.name` as a value.
    pub fn load_attr(&mut self, obj: R, name: Qstr) -> PyResult<R> {
        let (m, s) = self.load_method(obj, name)?;
        if s.is_null() {
            Ok(m)
        } else {
            self.new_bound_method(s, m)
        }
    }

    /// `getattr(obj, name, None)`-style lookup: `None` when absent.
    pub fn try_load_attr(&mut self, obj: R, name: Qstr) -> PyResult<Option<R>> {
        let found = match self.find_attr(obj, name) {
            Err(_) if self.pending_is(TypeId::AttributeError) => {
                self.take_exception();
                return Ok(None);
            }
            r => r?,
        };
        match found {
            Some((m, s)) if s.is_null() => Ok(Some(m)),
            Some((m, s)) => Ok(Some(self.new_bound_method(s, m)?)),
            None => Ok(None),
        }
    }

    fn find_attr(&mut self, obj: R, name: Qstr) -> PyResult<Option<(R, R)>> {
        let key = R::qstr(name.0);
        if name == names::__class__ {
            return Ok(Some((R::ptr(self.type_ref_of(obj)), R::null())));
        }
        if obj.is_ptr() {
            let r = obj.ptr_ref();
            if self.is_user_instance(obj) {
                if self.builtin_type_of(obj) == TypeId::Object {
                    let m = self.instance_map(r);
                    if let Some(v) = self.map_get(m, key)? {
                        return Ok(Some((v, R::null())));
                    }
                } else if self.builtin_type_of(obj).is_exception() {
                    if let Some(v) = self.exception_attr(obj, name)? {
                        return Ok(Some((v, R::null())));
                    }
                } else if let Some(m) = self.native_attr_map(obj) {
                    if let Some(v) = self.map_get(m, key)? {
                        return Ok(Some((v, R::null())));
                    }
                }
                let t = self.type_ref_of(obj);
                if let Some(m) = self.lookup_type_attr(t, name)? {
                    if name == names::__new__ {
                        // Always a static method, bound to nothing.
                        return Ok(Some((self.unwrap_static(m), R::null())));
                    }
                    return Ok(Some(self.classify(m, obj)?));
                }
                if let Some(ga) = self.lookup_type_attr(t, names::__getattr__)? {
                    let f = self.bind_descriptor(ga, obj)?;
                    // Its own AttributeError (with its message) propagates.
                    let v = self.call(f, &[key], &[])?;
                    return Ok(Some((v, R::null())));
                }
                return Ok(None);
            }
            if self.is_class_value(obj) {
                if name == names::__name__ {
                    let n = self.class_name(r);
                    return Ok(Some((self.new_str(&n)?, R::null())));
                }
                if let Some(m) = self.lookup_type_attr(r, name)? {
                    let t = if m.is_ptr() {
                        self.type_ref_of_ptr(m.ptr_ref())
                    } else {
                        ObjRef(0)
                    };
                    if t == TypeId::ClassMethod.rom_ref() {
                        return Ok(Some((self.wrapped(m), obj)));
                    }
                    if t == TypeId::StaticMethod.rom_ref() {
                        return Ok(Some((self.wrapped(m), R::null())));
                    }
                    return Ok(Some((m, R::null())));
                }
                if !rom::is_rom(r) {
                    if name == names::__bases__ {
                        return Ok(Some((self.class(r).bases, R::null())));
                    }
                    if name == names::__mro__ {
                        return Ok(Some((self.class(r).mro, R::null())));
                    }
                }
                return Ok(None);
            }
            let t = self.type_ref_of_ptr(r);
            if t == TypeId::Module.rom_ref() && !rom::is_rom(r) {
                // SAFETY: `r` is a heap module.
                let g = R::ptr(ObjRef(unsafe { self.obj::<ModuleObj>(r) }.globals));
                return Ok(self.dict_get(g, key)?.map(|v| (v, R::null())));
            }
            if let Some((Region::Module, i)) = rom::decode(r) {
                return Ok(crate::modules::attr(self, i, name)?.map(|v| (v, R::null())));
            }
            if self.builtin_type_of(obj).is_exception() {
                if let Some(v) = self.exception_attr(obj, name)? {
                    return Ok(Some((v, R::null())));
                }
            }
            if let Some(v) = self.callable_field(obj, name) {
                return Ok(Some((v, R::null())));
            }
            if let Some(v) = crate::builtins::descrs::field(self, obj, name) {
                return Ok(Some((v, R::null())));
            }
            if t == TypeId::Super.rom_ref() {
                return self.super_attr(obj, name);
            }
        }
        if let Some(v) = crate::builtins::fields::field(self, obj, name)? {
            return Ok(Some((v, R::null())));
        }
        let t = self.type_ref_of(obj);
        match self.lookup_type_attr(t, name)? {
            Some(m) => Ok(Some(self.classify(m, obj)?)),
            None => Ok(None),
        }
    }

    /// Fields of functions and bound methods: `__name__` (of the function a
    /// closure or bound method wraps), `__self__`, `__func__`.
    fn callable_field(&self, f: R, name: Qstr) -> Option<R> {
        let t = self.type_ref_of_ptr(f.ptr_ref());
        if t == TypeId::BoundMethod.rom_ref() {
            let (s, fun) = self.bound_method_parts(f);
            return match name {
                names::__self__ => Some(s),
                names::__func__ => Some(fun),
                names::__name__ if fun.is_ptr() => self.callable_field(fun, name),
                _ => None,
            };
        }
        if name != names::__name__ {
            return None;
        }
        let fun = if t == TypeId::Closure.rom_ref() {
            self.closure_parts(f.ptr_ref()).0
        } else if t == TypeId::Function.rom_ref() {
            f.ptr_ref()
        } else if t == TypeId::NativeFunction.rom_ref() {
            return Some(R::qstr(crate::runtime::natives::native_name(f.ptr_ref()).0));
        } else {
            return None;
        };
        let c = self.function(fun).code;
        Some(R::qstr(self.code(ObjRef(c)).name))
    }

    /// Attributes of exception instances: `args`, `value`, and set ones.
    fn exception_attr(&mut self, obj: R, name: Qstr) -> PyResult<Option<R>> {
        // SAFETY: exception instances (builtin or user subclass) have this layout.
        let (args, dict) = {
            let e = unsafe { self.obj::<ExceptionObj<R>>(obj.ptr_ref()) };
            (e.args, e.dict)
        };
        if dict != 0 {
            if let Some(v) = self.dict_get(R::ptr(ObjRef(dict)), R::qstr(name.0))? {
                return Ok(Some(v));
            }
        }
        if name == names::args {
            return Ok(Some(args));
        }
        if name == names::__cause__ || name == names::__context__ {
            // SAFETY: as above.
            let e = unsafe { self.obj::<ExceptionObj<R>>(obj.ptr_ref()) };
            let v = if name == names::__cause__ {
                e.cause
            } else {
                e.context
            };
            return Ok(Some(if v.is_null() { R::none() } else { v }));
        }
        if name == names::__traceback__ {
            return Ok(Some(R::none()));
        }
        if name == names::errno && self.isinstance_builtin(obj, TypeId::OSError) {
            // `OSError(errno, …)`: the first argument, as MicroPython and CPython.
            let a = self.tuple_items(args.ptr_ref());
            return Ok(Some(a.first().copied().unwrap_or(R::none())));
        }
        if name == names::code && self.isinstance_builtin(obj, TypeId::SystemExit) {
            let a = self.tuple_items(args.ptr_ref());
            return Ok(Some(match a {
                [] => R::none(),
                [c] => *c,
                _ => args,
            }));
        }
        if name == names::value && self.isinstance_builtin(obj, TypeId::StopIteration) {
            let a = self.tuple_items(args.ptr_ref());
            return Ok(Some(a.first().copied().unwrap_or(R::none())));
        }
        Ok(None)
    }

    pub fn attribute_error(&mut self, obj: R, name: Qstr) -> Raised {
        let n = String::from(self.qstrs.get(name));
        if self.is_class_value(obj) {
            let c = self.class_name(obj.ptr_ref());
            return crate::raise!(
                self,
                AttributeError,
                "type object '{}' has no attribute '{}'",
                c,
                n
            );
        }
        if obj.is_ptr() && self.type_ref_of(obj) == TypeId::Module.rom_ref() {
            return crate::raise!(self, AttributeError, "module has no attribute '{}'", n);
        }
        let t = self.type_name(obj);
        crate::raise!(
            self,
            AttributeError,
            "'{}' object has no attribute '{}'",
            t,
            n
        )
    }

    /// `obj.name = value`, or `del obj.name` when `value` is null.
    pub fn store_attr(&mut self, obj: R, name: Qstr, value: R) -> PyResult<()> {
        if self.is_user_instance(obj) {
            let t = self.type_ref_of(obj);
            if self.class(t).flags & crate::objects::class::HAS_SETATTR != 0 {
                let hook = if value.is_null() {
                    names::__delattr__
                } else {
                    names::__setattr__
                };
                if let Some(h) = self.lookup_type_attr(t, hook)? {
                    if h.is_ptr() && !rom::is_rom(h.ptr_ref()) {
                        let f = self.bind_descriptor(h, obj)?;
                        let key = R::qstr(name.0);
                        if value.is_null() {
                            self.call(f, &[key], &[])?;
                        } else {
                            self.call(f, &[key, value], &[])?;
                        }
                        return Ok(());
                    }
                }
            }
        }
        self.store_attr_plain(obj, name, value)
    }

    /// `object.__setattr__`: stores (or deletes, for a null `value`) without
    /// consulting a class's `__setattr__`.
    pub fn store_attr_plain(&mut self, obj: R, name: Qstr, value: R) -> PyResult<()> {
        let key = R::qstr(name.0);
        if self.is_user_instance(obj) {
            let t = self.type_ref_of(obj);
            if let Some(p) = self.lookup_type_attr(t, name)? {
                if p.is_ptr() && self.type_ref_of_ptr(p.ptr_ref()) == TypeId::Property.rom_ref() {
                    let (_, setter, deleter) = self.property_parts(p);
                    let f = if value.is_null() { deleter } else { setter };
                    if f.is_none() {
                        return Err(self.raise_msg(TypeId::AttributeError, "can't set attribute"));
                    }
                    if value.is_null() {
                        self.call(f, &[obj], &[])?;
                    } else {
                        self.call(f, &[obj, value], &[])?;
                    }
                    return Ok(());
                }
            }
            if self.builtin_type_of(obj) == TypeId::Object {
                let m = self.instance_map(obj.ptr_ref());
                return self.map_store(m, obj, name, value);
            }
            if let Some(m) = self.native_attr_map(obj) {
                return self.map_store(m, obj, name, value);
            }
        }
        if self.is_class_ref_value(obj) {
            self.type_cache.clear();
            let d = self.class(obj.ptr_ref()).dict;
            let m = self.dict_map(d);
            return self.map_store(m, obj, name, value);
        }
        if obj.is_ptr() && !rom::is_rom(obj.ptr_ref()) {
            let t = self.type_ref_of(obj);
            if t == TypeId::Module.rom_ref() {
                let g = self.module_globals(obj.ptr_ref());
                let m = self.dict_map(g);
                return self.map_store(m, obj, name, value);
            }
            if self.builtin_type_of(obj).is_exception() {
                if let Some(v) = self.store_exception_field(obj, name, value) {
                    return v;
                }
                // SAFETY: exception layout.
                let mut d = unsafe { self.obj::<ExceptionObj<R>>(obj.ptr_ref()) }.dict;
                if d == 0 {
                    d = self.new_dict()?.ptr_ref().0;
                    // SAFETY: as above.
                    unsafe { self.obj_mut::<ExceptionObj<R>>(obj.ptr_ref()) }.dict = d;
                }
                let m = self.dict_map(R::ptr(ObjRef(d)));
                return self.map_store(m, obj, name, value);
            }
        }
        let _ = key;
        Err(self.attribute_error(obj, name))
    }

    fn is_class_ref_value(&self, v: R) -> bool {
        v.is_ptr() && self.is_class_ref(v.ptr_ref())
    }

    fn map_store(
        &mut self,
        m: crate::objects::map::MapRef,
        obj: R,
        name: Qstr,
        value: R,
    ) -> PyResult<()> {
        let key = R::qstr(name.0);
        if value.is_null() {
            if self.map_remove(m, key)?.is_none() {
                return Err(self.attribute_error(obj, name));
            }
            Ok(())
        } else {
            self.map_set(m, key, value)
        }
    }

    /// LOAD_SUPER_METHOD: `name` from the MRO of `type(obj)` after `cls`.
    pub fn load_super_method(&mut self, cls: R, obj: R, name: Qstr) -> PyResult<(R, R)> {
        match self.super_lookup(cls, obj, name)? {
            Some(m) if name == names::__new__ => Ok((self.unwrap_static(m), R::null())),
            Some(m) => self.classify(m, obj),
            None => {
                let n = String::from(self.qstrs.get(name));
                Err(crate::raise!(
                    self,
                    AttributeError,
                    "'super' object has no attribute '{}'",
                    n
                ))
            }
        }
    }

    fn super_lookup(&mut self, cls: R, obj: R, name: Qstr) -> PyResult<Option<R>> {
        let t = if self.is_class_value(obj) {
            obj.ptr_ref()
        } else {
            self.type_ref_of(obj)
        };
        if rom::is_rom(t) {
            return Ok(None);
        }
        let mro = self.class(t).mro;
        let n = self.tuple_items(mro.ptr_ref()).len();
        let mut after = false;
        for i in 0..n {
            let c = self.tuple_items(mro.ptr_ref())[i];
            if !after {
                after = c == cls;
                continue;
            }
            let c = c.ptr_ref();
            if let Some((Region::Type, k)) = rom::decode(c) {
                let ty = TypeId::from_index(k).unwrap_or(TypeId::Object);
                if let Some(&(_, rv)) = ty.info().attrs.iter().find(|&&(q, _)| q == name) {
                    return Ok(Some(self.rom_value(rv)?));
                }
                continue;
            }
            let d = self.class(c).dict;
            if let Some(v) = self.dict_get(d, R::qstr(name.0))? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    fn super_attr(&mut self, sup: R, name: Qstr) -> PyResult<Option<(R, R)>> {
        let (cls, obj) = self.super_parts(sup);
        match self.super_lookup(cls, obj, name)? {
            Some(m) if name == names::__new__ => Ok(Some((self.unwrap_static(m), R::null()))),
            Some(m) => Ok(Some(self.classify(m, obj)?)),
            None => Ok(None),
        }
    }

    /// `__new__` is a static method whether or not it was declared one.
    fn unwrap_static(&self, m: R) -> R {
        if m.is_ptr() && self.type_ref_of_ptr(m.ptr_ref()) == TypeId::StaticMethod.rom_ref() {
            self.wrapped(m)
        } else {
            m
        }
    }

    /// The text of a qstr.
    pub fn qstr_str(&self, q: Qstr) -> &str {
        self.qstrs.get(q)
    }
}
