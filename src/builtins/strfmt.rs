//! `str % args`: the common conversions (`%s %r %d %i %x %f %%`) until the
//! full engine of `crate::format` is wired in.

use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::Repr;

/// `fmt % args`.
pub fn percent<R: Repr>(vm: &mut Vm<R>, fmt: R, args: R) -> PyResult<R> {
    let f = String::from(vm.str_text(fmt).unwrap_or(""));
    let items = if vm.is_exact(args, TypeId::Tuple) {
        args
    } else {
        vm.new_tuple(&[args])?
    };
    let n = vm.tuple_items(items.ptr_ref()).len();
    let (mut out, mut k) = (String::new(), 0usize);
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&d) = chars.peek() {
            if d.is_ascii_digit() || d == '.' || d == '-' {
                spec.push(d);
                chars.next();
            } else {
                break;
            }
        }
        let Some(conv) = chars.next() else {
            return Err(vm.value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        if k >= n {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let v = vm.tuple_items(items.ptr_ref())[k];
        k += 1;
        let mut piece = String::new();
        match conv {
            's' => vm.write_str(&mut piece, v)?,
            'r' => vm.write_repr(&mut piece, v)?,
            'd' | 'i' => match vm.to_float(v) {
                Some(x) if vm.is_float(v) => {
                    let _ = write!(piece, "{}", x as i64);
                }
                _ => vm.write_repr(&mut piece, v)?,
            },
            'x' => {
                let _ = write!(piece, "{:x}", vm.int_of(v).unwrap_or(0));
            }
            'f' => {
                let prec = spec
                    .split('.')
                    .nth(1)
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(6);
                let _ = write!(piece, "{:.*}", prec, vm.to_float(v).unwrap_or(0.0));
            }
            _ => {
                return Err(crate::raise!(
                    vm,
                    ValueError,
                    "unsupported format character '{}'",
                    conv
                ));
            }
        }
        let width: usize = spec
            .split('.')
            .next()
            .unwrap_or("")
            .trim_start_matches('-')
            .parse()
            .unwrap_or(0);
        let left = spec.starts_with('-');
        let pad = width.saturating_sub(piece.chars().count());
        if left {
            out.push_str(&piece);
            out.extend(core::iter::repeat(' ').take(pad));
        } else {
            out.extend(core::iter::repeat(' ').take(pad));
            out.push_str(&piece);
        }
    }
    if k < n {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    vm.new_str(&out)
}
