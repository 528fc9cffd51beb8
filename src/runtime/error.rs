//! Raising Python exceptions from Rust: every fallible runtime function
//! returns [`PyResult`]; the exception object itself travels in
//! `vm.roots.exception`, where the collector sees it, and `Err(Raised)` only
//! says that one is pending.

use super::{TypeId, Vm};
use alloc::string::String;
use core::fmt;
use mupy_reprs::Repr;

/// A Python exception is pending in `vm.roots.exception`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

impl<R: Repr> Vm<R> {
    /// Raises an existing exception object.
    pub fn raise(&mut self, exc: R) -> Raised {
        self.roots.exception = exc;
        Raised
    }

    /// Raises a new `ty` with the message `msg` (`args == (msg,)`).
    /// When even that allocation fails, `MemoryError` is raised instead.
    pub fn raise_msg(&mut self, ty: TypeId, msg: &str) -> Raised {
        match self.new_exception_with_msg(ty, msg) {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// Raises a new `ty` with a formatted message.
    pub fn raise_fmt(&mut self, ty: TypeId, args: fmt::Arguments<'_>) -> Raised {
        match args.as_str() {
            Some(s) => self.raise_msg(ty, s),
            None => {
                let mut msg = String::new();
                if fmt::write(&mut msg, args).is_err() {
                    return self.raise_memory_error();
                }
                self.raise_msg(ty, &msg)
            }
        }
    }

    /// Raises a new `ty` with no arguments.
    pub fn raise_type(&mut self, ty: TypeId) -> Raised {
        match self.new_exception_instance(ty) {
            Ok(exc) => self.raise(R::ptr(exc)),
            Err(raised) => raised,
        }
    }

    pub fn type_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(TypeId::TypeError, msg)
    }

    pub fn value_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(TypeId::ValueError, msg)
    }

    /// The pending exception, taken out of the root slot.
    pub fn take_exception(&mut self) -> R {
        core::mem::replace(&mut self.roots.exception, R::none())
    }

    /// Whether the pending exception is an instance of `ty` (or a subclass).
    pub fn pending_is(&self, ty: TypeId) -> bool {
        self.isinstance_builtin(self.roots.exception, ty)
    }
}

/// `vm.raise_fmt(TypeId::TypeError, format_args!(…))` in one line.
#[macro_export]
macro_rules! raise {
    ($vm:expr, $ty:ident, $($arg:tt)*) => {
        $vm.raise_fmt($crate::runtime::TypeId::$ty, format_args!($($arg)*))
    };
}
