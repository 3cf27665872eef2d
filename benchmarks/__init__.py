"""Leader Pulse performance suite (issue 7).

``python -m benchmarks`` measures every figure of the issue side by side with its
baseline in the same run and writes ``docs/PERFORMANCE.md``; ``python -m benchmarks
--quick`` does every figure once on small data (for CI: it asserts no targets).

Nothing here changes the app: baselines that need another storage engine or a bare Qt
program are built inside the suite, and GUI timings come from small launcher scripts
(``benchmarks/launchers``) that build the window the way ``wellbeing_desktop.app.run_gui``
does and report their first paint from outside the app's code.
"""
