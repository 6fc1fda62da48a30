export function ExperimentListPage() {
  return <h1>Experiments</h1>;
}
