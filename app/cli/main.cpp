// dlrepro-cli: the headless face of dlrepro. Commands are dispatched to app/cli/*Command.cpp.
int main() { return 0; }
