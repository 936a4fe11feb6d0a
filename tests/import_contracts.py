"""An import-linter contract that no module takes part in an import cycle.

import-linter's own contracts see cycles between packages (``acyclic_siblings``, and a
layers contract between its layers); this one names every cycle between modules, as
tangles: the modules that all reach each other, and each import that keeps them tied,
with its line. Cutting those imports (or moving what they fetch) unties the tangle.
Imports made inside functions or under ``TYPE_CHECKING`` count: they are dependencies
all the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp
from importlinter.application import contract_utils, output
from importlinter.application.contract_utils import AlertLevel
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def tangles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more modules (sorted, each sorted), given
    each module's direct imports; a module importing itself counts too."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(imports):
        if root in index:
            continue
        # Tarjan's algorithm without recursion: a tangle may be longer than the call stack.
        work = [(root, iter(sorted(imports.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, pending = work[-1]
            for target in pending:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(imports.get(target, ())))))
                    break
                if target in on_stack:
                    low[module] = min(low[module], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == module:
                            break
                    if len(group) > 1 or module in imports.get(module, ()):
                        found.append(sorted(group))
    return sorted(found)


def module_imports(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Each module of the checked packages and the modules of those packages it imports."""
    ours = {m for m in graph.modules if not graph.is_module_squashed(m)}
    return {m: graph.find_modules_directly_imported_by(m) & ours for m in ours}


class AcyclicModulesContract(Contract):
    """No import cycle between any two modules of the root packages."""

    type_name = "acyclic_modules"

    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)
    unmatched_ignore_imports_alerting = fields.EnumField(AlertLevel, default=AlertLevel.ERROR)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph, ignore_imports=self.ignore_imports,  # type: ignore[arg-type]  # a field
            unmatched_alerting=self.unmatched_ignore_imports_alerting)  # type: ignore[arg-type]
        imports = module_imports(graph)
        found = tangles(imports)
        ties = [[(importer, imported, _lines(graph, importer, imported))
                 for importer in group for imported in sorted(imports[importer] & set(group))]
                for group in found]
        return ContractCheck(kept=not found, warnings=list(removal.warnings),
                             ignored_import_count=removal.ignored_import_count,
                             metadata={"tangles": found, "ties": ties})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for group, ties in zip(check.metadata["tangles"], check.metadata["ties"], strict=True):
            output.print_error(f"Import cycle between {len(group)} modules: "
                               + ", ".join(group))
            for importer, imported, lines in ties:
                output.print_error(f"- {importer} -> {imported} ({lines})", bold=False)
            output.new_line()


def _lines(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    return "l." + ", ".join(str(d["line_number"]) for d in details) if details else "?"
