//! The REPL's view of the board: a [`ReplTarget`] over the VM and UART0.
//! Protocol bytes (prompts, raw-REPL framing) go to the UART as they are;
//! program output goes through the port, which sends `\n` as `\r\n`.

use crate::exec;
use crate::uart::Uart;
use mupy::repl::{ExecStatus, InputKind, ReplTarget};
use mupy::runtime::port::Stream;
use mupy::runtime::Vm;
use mupy_reprs::Repr;

pub struct Console<'a, R: Repr> {
    pub vm: &'a mut Vm<R>,
    pub uart: Uart,
    pub banner: &'a str,
}

impl<R: Repr> ReplTarget for Console<'_, R> {
    fn read_byte(&mut self) -> Option<u8> {
        self.vm.port.read_byte()
    }

    fn write(&mut self, bytes: &[u8]) {
        self.uart.write(bytes);
    }

    fn execute(&mut self, source: &str, kind: InputKind) -> ExecStatus {
        exec::execute(self.vm, source, kind)
    }

    fn print_exception(&mut self) {
        let exc = self.vm.take_exception();
        // One console: the traceback follows the output, as on a board.
        mupy::vm::print_exception(self.vm, exc, Stream::Stdout);
        self.vm.port.flush();
    }

    fn banner(&self) -> &str {
        self.banner
    }
}
