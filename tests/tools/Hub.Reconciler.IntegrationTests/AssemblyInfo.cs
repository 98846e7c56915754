using Hub.Testing;

[assembly: AssemblyFixture(typeof(StackFixture))]
