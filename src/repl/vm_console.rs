//! The REPL over a VM and its port's console: what every port runs, unless
//! it brings its own line editor for the friendly REPL (the host does).

use super::{ExecStatus, InputKind, ReplTarget};
use crate::compile::Mode;
use crate::runtime::port::Stream;
use crate::runtime::{TypeId, Vm};
use mupy_reprs::Repr;

/// A VM seen as a REPL target: console bytes through `vm.port`.
pub struct VmConsole<'a, R: Repr> {
    pub vm: &'a mut Vm<R>,
    pub banner: &'a str,
}

/// Runs `source` in `__main__`, as the REPL does.
pub fn execute<R: Repr>(vm: &mut Vm<R>, source: &str, kind: InputKind) -> ExecStatus {
    let mode = match kind {
        InputKind::File => Mode::File,
        InputKind::Single => Mode::Single,
    };
    let status = match crate::vm::exec_source(vm, source, "<stdin>", mode) {
        Ok(_) => ExecStatus::Ok,
        Err(_) if vm.pending_is(TypeId::SystemExit) => {
            let exc = vm.take_exception();
            ExecStatus::Exit(crate::vm::system_exit_code(vm, exc))
        }
        Err(_) => ExecStatus::Exception,
    };
    vm.port.flush();
    status
}

impl<R: Repr> ReplTarget for VmConsole<'_, R> {
    fn read_byte(&mut self) -> Option<u8> {
        self.vm.port.read_byte()
    }

    fn write(&mut self, bytes: &[u8]) {
        self.vm.port.write(Stream::Stdout, bytes);
        self.vm.port.flush();
    }

    fn execute(&mut self, source: &str, kind: InputKind) -> ExecStatus {
        execute(self.vm, source, kind)
    }

    fn print_exception(&mut self) {
        let exc = self.vm.take_exception();
        // One console: the exception text follows the output, as on a board.
        crate::vm::print_exception(self.vm, exc, Stream::Stdout);
        self.vm.port.flush();
    }

    fn banner(&self) -> &str {
        self.banner
    }
}
