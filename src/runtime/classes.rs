//! User classes: creation (`__build_class__`, `type(name, bases, dict)`)
//! with the C3 linearisation, instantiation (`__new__`/`__init__`), and
//! `isinstance`/`issubclass` over builtin types and classes alike.

use crate::objects::class::ClassObj;
use crate::qstr::names;
use crate::runtime::heap::ALLOC_DEFAULT;
use crate::runtime::rom::{self, Region};
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::{ObjRef, Repr};

impl<R: Repr> Vm<R> {
    /// A new class `name(bases)` with namespace `dict`.
    pub fn new_class(&mut self, name: R, bases: R, dict: R) -> PyResult<R> {
        if !self.is_seq(bases, TypeId::Tuple)
            || !self.is_dict(dict)
            || self.str_text(name).is_none()
        {
            return Err(self.type_error("type() argument types must be (str, tuple, dict)"));
        }
        let mut base_list: Vec<R> = Vec::from(self.tuple_items(bases.ptr_ref()));
        for &b in &base_list {
            if !self.is_class_value(b) {
                return Err(self.type_error("bases must be types"));
            }
        }
        if base_list.is_empty() {
            base_list.push(R::ptr(TypeId::Object.rom_ref()));
        }
        let mut native = TypeId::Object;
        for &b in &base_list {
            let t = match rom::decode(b.ptr_ref()) {
                // A subclass of OrderedDict holds a plain dict.
                Some((Region::Type, i)) => match TypeId::from_index(i) {
                    Some(TypeId::OrderedDict) => TypeId::Dict,
                    // A namedtuple's ROM base holds methods only; the
                    // layout comes from its `tuple` base.
                    Some(TypeId::NamedTuple) => TypeId::Object,
                    Some(id) => id,
                    None => TypeId::Object,
                },
                _ => self.class_native_base(b.ptr_ref()),
            };
            if !crate::runtime::native_subclass::is_acceptable_base(t) {
                let n = alloc::string::String::from(self.qstr_str(t.info().name));
                return Err(crate::raise!(
                    self,
                    TypeError,
                    "type '{}' is not an acceptable base type",
                    n
                ));
            }
            if t != TypeId::Object {
                let (ti, ni) = (t.info(), native.info());
                if native != TypeId::Object && !ti.is_subtype_of(native) && !ni.is_subtype_of(t) {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                if native == TypeId::Object || ti.is_subtype_of(native) {
                    native = t;
                }
            }
        }
        let r = self.alloc_obj(
            TypeId::Type.rom_ref(),
            core::mem::size_of::<ClassObj<R>>(),
            ALLOC_DEFAULT,
        )?;
        {
            // SAFETY: `r` is a fresh class.
            let c = unsafe { self.obj_mut::<ClassObj<R>>(r) };
            c.native_base = native as u16;
            c.name = name;
            c.bases = bases;
            c.mro = R::ptr(crate::runtime::rom_objects::EMPTY_TUPLE_REF);
            c.dict = dict;
        }
        self.roots.pinned[2] = R::ptr(r);
        let mro = self.c3_mro(R::ptr(r), &base_list);
        self.roots.pinned[2] = R::none();
        let mro = mro?;
        let mut flags = self.class_flags(dict, &base_list)?;
        // A namedtuple's instances are plain tuples, made by its `__new__`.
        let named = self
            .tuple_items(mro.ptr_ref())
            .contains(&R::ptr(TypeId::NamedTuple.rom_ref()));
        flags &= !crate::objects::class::NATIVE_ATTRS;
        if crate::runtime::native_subclass::has_native_layout(native) && !named {
            flags |= crate::objects::class::NATIVE_ATTRS;
        }
        // SAFETY: as above.
        let c = unsafe { self.obj_mut::<ClassObj<R>>(r) };
        c.mro = mro;
        c.flags = flags;
        Ok(R::ptr(r))
    }

    /// The flags of a new class with namespace `dict`; as CPython, a class
    /// that defines `__eq__` but not `__hash__` gets `__hash__ = None`.
    fn class_flags(&mut self, dict: R, bases: &[R]) -> PyResult<u16> {
        let has = |vm: &mut Self, q: crate::qstr::Qstr| vm.dict_get(dict, R::qstr(q.0));
        let mut flags = 0;
        if has(self, names::__setattr__)?.is_some() || has(self, names::__delattr__)?.is_some() {
            flags |= crate::objects::class::HAS_SETATTR;
        }
        for &b in bases {
            if !rom::is_rom(b.ptr_ref()) {
                flags |= self.class(b.ptr_ref()).flags;
            }
        }
        if has(self, names::__eq__)?.is_some() && has(self, names::__hash__)?.is_none() {
            self.dict_set(dict, R::qstr(names::__hash__.0), R::none())?;
        }
        Ok(flags)
    }

    /// The MRO of a class or builtin type, as a list of classes.
    fn mro_of(&self, c: R) -> Vec<R> {
        match rom::decode(c.ptr_ref()) {
            Some((Region::Type, i)) => {
                let mut v = Vec::new();
                let mut t = Some(TypeId::from_index(i).unwrap_or(TypeId::Object).info());
                while let Some(info) = t {
                    v.push(R::ptr(info.id.rom_ref()));
                    t = info.base.map(|b| b.info());
                }
                v
            }
            _ => Vec::from(self.tuple_items(self.class(c.ptr_ref()).mro.ptr_ref())),
        }
    }

    /// C3: merge the bases' MROs and the base list, keeping local order.
    fn c3_mro(&mut self, cls: R, bases: &[R]) -> PyResult<R> {
        let mut seqs: Vec<Vec<R>> = bases.iter().map(|&b| self.mro_of(b)).collect();
        seqs.push(Vec::from(bases));
        let mut out = alloc::vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                break;
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|&h| !seqs.iter().any(|s| s[1..].contains(&h)));
            let Some(h) = head else {
                return Err(
                    self.type_error("Cannot create a consistent method resolution order (MRO)")
                );
            };
            out.push(h);
            for s in seqs.iter_mut() {
                if s[0] == h {
                    s.remove(0);
                }
            }
        }
        self.new_tuple(&out)
    }

    /// Calls a user class: makes the instance, then runs `__init__`.
    pub fn call_class(&mut self, cls: ObjRef, args: &[R], kwargs: &[R]) -> PyResult<R> {
        let c = R::ptr(cls);
        let native = self.class_native_base(cls);
        let obj = if let Some(new) = self.user_new(cls)? {
            let mut a = alloc::vec![c];
            a.extend_from_slice(args);
            let obj = self.call(new, &a, kwargs)?;
            if !self.isinstance(obj, c) {
                return Ok(obj);
            }
            obj
        } else if native.is_exception() {
            let t = self.new_tuple(args)?;
            R::ptr(self.new_exception_of(cls, t)?)
        } else if native == TypeId::Object {
            self.new_instance(cls)?
        } else if crate::runtime::native_subclass::has_native_layout(native) {
            // The subclass's own `__init__` (not a builtin's) takes the
            // arguments of a mutable container.
            let own_init = matches!(
                self.lookup_type_attr(cls, names::__init__)?,
                Some(i) if i.is_ptr() && !rom::is_rom(i.ptr_ref())
            );
            self.new_native_instance(cls, native, args, kwargs, own_init)?
        } else {
            let n = self.class_name(cls);
            return Err(crate::raise!(
                self,
                TypeError,
                "cannot subclass builtin type of '{}' here",
                n
            ));
        };
        self.roots.pinned[3] = obj;
        let r = self.init_instance(c, obj, args, kwargs, native);
        self.roots.pinned[3] = R::none();
        r?;
        Ok(obj)
    }

    /// A `__new__` defined by a user class (not object's).
    fn user_new(&mut self, cls: ObjRef) -> PyResult<Option<R>> {
        match self.lookup_type_attr(cls, names::__new__)? {
            Some(m) if !rom::is_rom(m.ptr_ref()) || !m.is_ptr() => {
                let t = if m.is_ptr() {
                    self.type_ref_of_ptr(m.ptr_ref())
                } else {
                    ObjRef(0)
                };
                if t == TypeId::StaticMethod.rom_ref() {
                    return Ok(Some(self.wrapped(m)));
                }
                Ok(Some(m))
            }
            _ => Ok(None),
        }
    }

    fn init_instance(
        &mut self,
        c: R,
        obj: R,
        args: &[R],
        kwargs: &[R],
        native: TypeId,
    ) -> PyResult<()> {
        match self.lookup_type_attr(c.ptr_ref(), names::__init__)? {
            Some(init) if init.is_ptr() && !rom::is_rom(init.ptr_ref()) => {
                let r = self.call_descriptor(init, obj, args, kwargs)?;
                if !r.is_none() {
                    let t = self.type_name(r);
                    return Err(crate::raise!(
                        self,
                        TypeError,
                        "__init__() should return None, not '{}'",
                        t
                    ));
                }
            }
            _ => {
                if native == TypeId::Object
                    && (!args.is_empty() || !kwargs.is_empty())
                    && self.user_new(c.ptr_ref())?.is_none()
                {
                    let n = self.class_name(c.ptr_ref());
                    return Err(crate::raise!(self, TypeError, "{}() takes no arguments", n));
                }
            }
        }
        Ok(())
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: R, cls: R) -> bool {
        let t = R::ptr(self.type_ref_of(v));
        self.issubclass(t, cls)
    }

    /// `issubclass(a, b)` for two classes.
    pub fn issubclass(&self, a: R, b: R) -> bool {
        if a == b {
            return true;
        }
        match (rom::decode(a.ptr_ref()), rom::decode(b.ptr_ref())) {
            (Some((Region::Type, i)), Some((Region::Type, j))) => {
                let (x, y) = (TypeId::from_index(i), TypeId::from_index(j));
                match (x, y) {
                    (Some(x), Some(y)) => x.info().is_subtype_of(y),
                    _ => false,
                }
            }
            (Some(_), _) => false,
            (None, _) => self
                .tuple_items(self.class(a.ptr_ref()).mro.ptr_ref())
                .contains(&b),
        }
    }
}
