//! `enumerate`, `zip`, `map`, `filter`, `reversed`: lazy iterators over
//! other iterators (iterator layout: `a`, `b`, `c` words).

use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// Makes one of these iterators from the constructor's arguments.
pub fn make<R: Repr>(vm: &mut Vm<R>, ty: TypeId, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let none = R::none();
    match ty {
        TypeId::Enumerate => {
            let Some(&seq) = args.first() else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            };
            let it = vm.get_iter(seq)?;
            let start = args
                .get(1)
                .copied()
                .or_else(|| super::kwarg(kwargs, crate::qstr::names::start))
                .unwrap_or(R::small_int(0).unwrap_or(none));
            vm.new_iter_obj(ty, it, start, none)
        }
        TypeId::Zip => {
            let its = vm.new_list(&[])?;
            for &a in args {
                let it = vm.get_iter(a)?;
                vm.list_append(its, it)?;
            }
            vm.new_iter_obj(ty, its, none, none)
        }
        TypeId::Map | TypeId::Filter => {
            if args.len() < 2 {
                return Err(vm.type_error("expected at least 2 arguments"));
            }
            let its = vm.new_list(&[])?;
            for &a in &args[1..] {
                let it = vm.get_iter(a)?;
                vm.list_append(its, it)?;
            }
            vm.new_iter_obj(ty, args[0], its, none)
        }
        _ => {
            let Some(&seq) = args.first() else {
                return Err(vm.type_error("reversed expected 1 argument, got 0"));
            };
            let t = vm.sequence_to_tuple(seq)?;
            let n = vm.tuple_items(t.ptr_ref()).len() as i64;
            let n = vm.new_int(n)?;
            vm.new_iter_obj(TypeId::Reversed, t, n, none)
        }
    }
}

/// The next item of one of these iterators.
pub fn next<R: Repr>(vm: &mut Vm<R>, ty: TypeId, it: R) -> PyResult<Option<R>> {
    let (a, b) = {
        let o = vm.iter_obj(it);
        (o.a, o.b)
    };
    match ty {
        TypeId::Enumerate => match vm.iter_next(a)? {
            Some(v) => {
                let n = vm.binary_op(
                    mupy_emitters::ops::BinaryOp::Add,
                    b,
                    R::small_int(1).unwrap_or(b),
                )?;
                vm.iter_obj(it).b = n;
                Ok(Some(vm.new_tuple(&[b, v])?))
            }
            None => Ok(None),
        },
        TypeId::Zip => {
            let n = vm.list_len(a);
            if n == 0 {
                return Ok(None);
            }
            let mut vals = alloc::vec::Vec::with_capacity(n);
            for i in 0..n {
                let sub = vm.list_items(a)[i];
                match vm.iter_next(sub)? {
                    Some(v) => vals.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.new_tuple(&vals)?))
        }
        TypeId::Map => {
            let n = vm.list_len(b);
            let mut vals = alloc::vec::Vec::with_capacity(n);
            for i in 0..n {
                let sub = vm.list_items(b)[i];
                match vm.iter_next(sub)? {
                    Some(v) => vals.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(a, &vals, &[])?))
        }
        TypeId::Filter => loop {
            let sub = vm.list_items(b)[0];
            match vm.iter_next(sub)? {
                Some(v) => {
                    let keep = if a.is_none() {
                        v
                    } else {
                        vm.call(a, &[v], &[])?
                    };
                    if vm.truthy(keep)? {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        _ => {
            let i = vm.int_of(b).unwrap_or(0);
            if i <= 0 {
                return Ok(None);
            }
            vm.iter_obj(it).b = R::small_int(i - 1).unwrap_or(R::none());
            Ok(Some(vm.tuple_items(a.ptr_ref())[(i - 1) as usize]))
        }
    }
}
