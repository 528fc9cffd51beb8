//! Running one REPL input on the VM: compile and run in `__main__`, and
//! tell the REPL whether it ended normally, with an exception, or with
//! `SystemExit` (which soft-resets the board, as on MicroPython's).

use mupy::repl::{ExecStatus, InputKind};
use mupy::runtime::Vm;
use mupy_reprs::Repr;

/// The core's own REPL execution (shared with every port).
#[cfg(not(feature = "stub-exec"))]
pub fn execute<R: Repr>(vm: &mut Vm<R>, source: &str, kind: InputKind) -> ExecStatus {
    mupy::repl::vm_console::execute(vm, source, kind)
}

/// Stand-in while the core cannot yet run programs on this target: echoes
/// the source, so the console, the raw REPL and the test runner can be
/// proven on their own. Built only with the `stub-exec` feature.
#[cfg(feature = "stub-exec")]
pub fn execute<R: Repr>(vm: &mut Vm<R>, source: &str, _kind: InputKind) -> ExecStatus {
    use mupy::runtime::port::Stream;
    vm.port.write(Stream::Stdout, source.as_bytes());
    if !source.ends_with('\n') {
        vm.port.write(Stream::Stdout, b"\n");
    }
    ExecStatus::Ok
}
