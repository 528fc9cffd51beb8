//! Calling a builtin type: the constructors (`int(x)`, `list(it)`,
//! `type(name, bases, dict)`, exception classes…) and `__build_class__`.

use crate::qstr::{names, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use crate::vm::frame::F_LOCALS;
use mupy_reprs::Repr;

/// The builtin type (or exception class) named `q`, for the builtins table.
pub fn type_by_name(q: Qstr) -> Option<TypeId> {
    let skip = |t: TypeId| {
        matches!(
            t,
            TypeId::NoneType | TypeId::NativeFunction | TypeId::Function | TypeId::RawCode
        ) || crate::modules::collections::is_module_type(t)
    };
    (0..crate::runtime::types::TYPE_COUNT as u32)
        .filter_map(TypeId::from_index)
        .find(|&t| !skip(t) && t.info().name == q)
}

/// `ty(*args, **kwargs)`.
pub fn call_type<R: Repr>(vm: &mut Vm<R>, ty: TypeId, args: &[R], kwargs: &[R]) -> PyResult<R> {
    if ty.is_exception() {
        let t = vm.new_tuple(args)?;
        return Ok(R::ptr(vm.new_exception_of(ty.rom_ref(), t)?));
    }
    let a0 = args.first().copied();
    match ty {
        TypeId::Object => Ok(R::ptr(vm.alloc_obj(
            TypeId::Object.rom_ref(),
            core::mem::size_of::<crate::objects::instance::InstanceObj>(),
            crate::runtime::heap::ALLOC_DEFAULT,
        )?)),
        TypeId::Type => match args.len() {
            1 => Ok(R::ptr(vm.type_ref_of(args[0]))),
            3 => vm.new_class(args[0], args[1], args[2]),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        TypeId::Bool => match a0 {
            Some(v) => Ok(R::bool(vm.truthy(v)?)),
            None => Ok(R::bool(false)),
        },
        TypeId::Int => super::ints::int_new(vm, args, kwargs),
        TypeId::Float => super::floats::float_new(vm, args),
        TypeId::Complex => super::floats::complex_new(vm, args),
        TypeId::Bytes => super::bytes::bytes_new(vm, args, kwargs),
        TypeId::ByteArray => super::bytes::bytearray_new(vm, args, kwargs),
        TypeId::MemoryView => super::bytes::memoryview_new(vm, args),
        TypeId::Str => super::strings::str_new(vm, args, kwargs),
        TypeId::Tuple => match a0 {
            None => vm.new_tuple(&[]),
            Some(v) => vm.sequence_to_tuple(v),
        },
        TypeId::List => match a0 {
            None => vm.new_list(&[]),
            Some(v) => vm.list_from_iter(v),
        },
        TypeId::Dict => {
            let d = vm.new_dict()?;
            if let Some(v) = a0 {
                super::dicts::update(vm, d, v)?;
            }
            for p in kwargs.chunks_exact(2) {
                vm.dict_set(d, p[0], p[1])?;
            }
            Ok(d)
        }
        TypeId::Set | TypeId::FrozenSet => {
            let s = R::ptr(vm.new_dict_of(ty.rom_ref())?);
            if let Some(v) = a0 {
                let it = vm.get_iter(v)?;
                while let Some(x) = vm.iter_next(it)? {
                    vm.set_add_value(s, x)?;
                }
            }
            Ok(s)
        }
        TypeId::Range => {
            if !kwargs.is_empty() {
                return Err(vm.type_error("range() takes no keyword arguments"));
            }
            let mut n = [0i64; 3];
            for (i, &a) in args.iter().enumerate().take(3) {
                n[i] = match vm.int_of(a) {
                    Some(x) => x,
                    None => {
                        let t = vm.type_name(a);
                        return Err(crate::raise!(
                            vm,
                            TypeError,
                            "'{}' object cannot be interpreted as an integer",
                            t
                        ));
                    }
                };
            }
            match args.len() {
                1 => vm.new_range(0, n[0], 1),
                2 => vm.new_range(n[0], n[1], 1),
                3 if n[2] == 0 => Err(vm.value_error("range() arg 3 must not be zero")),
                3 => vm.new_range(n[0], n[1], n[2]),
                0 => Err(vm.type_error("range expected at least 1 argument, got 0")),
                k => Err(crate::raise!(
                    vm,
                    TypeError,
                    "range expected at most 3 arguments, got {}",
                    k
                )),
            }
        }
        TypeId::Slice => match args.len() {
            1 => vm.new_slice(R::none(), args[0], R::none()),
            2 => vm.new_slice(args[0], args[1], R::none()),
            3 => vm.new_slice(args[0], args[1], args[2]),
            _ => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        },
        TypeId::Enumerate | TypeId::Zip | TypeId::Map | TypeId::Filter | TypeId::Reversed => {
            super::iters::make(vm, ty, args, kwargs)
        }
        #[cfg(feature = "mod-io")]
        TypeId::StringIO | TypeId::BytesIO => super::io::new(vm, ty, args, kwargs),
        TypeId::Super => match args.len() {
            2 => vm.new_super(args[0], args[1]),
            _ => Err(vm.raise_msg(TypeId::RuntimeError, "super(): no arguments")),
        },
        TypeId::Property => {
            let g = |i: usize| args.get(i).copied().unwrap_or(R::none());
            vm.new_descr(TypeId::Property, g(0), g(1), g(2))
        }
        TypeId::StaticMethod | TypeId::ClassMethod => match a0 {
            Some(f) => vm.new_descr(ty, f, R::none(), R::none()),
            None => Err(vm.type_error("expected 1 argument")),
        },
        _ => {
            if let Some(r) = super::ext::construct(vm, ty, args, kwargs) {
                return r;
            }
            let n = vm.class_name(ty.rom_ref());
            Err(crate::raise!(
                vm,
                TypeError,
                "cannot create '{}' instances",
                n
            ))
        }
    }
}

/// `__build_class__(body, name, *bases)`: runs the class body with a fresh
/// namespace as its locals, then makes the class. A body that returns a
/// cell (the `__class__` cell of zero-argument `super()`) gets it filled.
pub fn build_class<R: Repr>(vm: &mut Vm<R>, args: &[R], _kwargs: &[R]) -> PyResult<R> {
    let (body, name) = (args[0], args[1]);
    let bases = vm.new_tuple(&args[2..])?;
    let ns = vm.new_dict()?;
    vm.dict_set(ns, R::qstr(names::__qualname__.0), name)?;
    let cell = match vm.prepare_call(body, &[], &[])? {
        crate::runtime::call::Prepared::Frame(fp) => {
            // SAFETY: `fp` is the frame just bound for the class body.
            unsafe {
                *fp.add(F_LOCALS) = ns;
                *fp.add(crate::vm::frame::F_PREV) = crate::vm::frame::int_word(-1);
            }
            match vm.execute(fp, None)? {
                crate::vm::interp::Exit::Return(v) => v,
                crate::vm::interp::Exit::Yield(_) => R::none(),
            }
        }
        crate::runtime::call::Prepared::Done(v) => v,
    };
    let cls = vm.new_class(name, bases, ns)?;
    if vm.is_exact(cell, TypeId::Cell) {
        vm.cell_set(cell, cls);
    }
    Ok(cls)
}
