<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Agreement</name>
    <message>
        <source>line %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected label columns A1V1..A1Vk and A2V1..A2Vk; the header has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column A%1V%2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first annotator has %1 label columns, the second %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: &apos;%3&apos; is not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the project has %n annotator(s) (%1); name the two to compare</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the project has no annotator &apos;%1&apos; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name two different annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bug of the project has edit actions from both %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two annotators label a different number of units (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no units to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no labels to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 does not have %2 labels from each annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1, label %2: values must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per bug over the edit-action labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n bug(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per edit action over the bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugType</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor &amp; Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryStyle</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>the text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes or dtypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag or symptom decides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 score close (%3 vs %4); %1 from %5, with low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (score %3; next %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: tags of several types make a Mixed bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the shape and dtype of the input you pass to the model (e.g. print(x.shape, x.dtype))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does your training data look like: its shape, dtype, value range, and how are the labels distributed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data do you feed the model: which dataset, and what shape does one batch have (e.g. print(x.shape))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you pass to the call that fails: its type, shape and dtype (e.g. print(type(x), x.shape, x.dtype))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large are the inputs you put on the GPU: the shape and dtype of one batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you describe your input data: its shape, dtype, value range and which dataset it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you share the model definition, especially the input layer and the layer where the shapes stop matching (e.g. the output of model.summary())?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model do you run on the GPU, and how large is it (e.g. model.summary() or its parameter count)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model or layer do you build with the API that fails? Could you show its definition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you share the model definition: the layers, their sizes and activations (e.g. the output of model.summary() or print(model))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which optimizer, learning rate, loss function, batch size and number of epochs do you train with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which batch size do you use, and does the error still occur with a smaller one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which batch size and loss function do you use, and how do you call fit (or your training loop)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which arguments (optimizer, loss, batch size, epochs) do you pass to the call that fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hyperparameters do you use: optimizer, learning rate, loss, batch size and epochs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post a minimal, complete code snippet, with its imports, that raises the error?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post a minimal code snippet that builds the input and the model and makes the call that fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post the training code: how the model is compiled and trained (the fit call or the training loop)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post the code that defines and trains the model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post a minimal code snippet that moves the model and the data to the GPU and fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you post a minimal, complete code snippet that shows the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you paste the training log (loss and accuracy per epoch, for training and validation)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you paste the full error message and the output of nvidia-smi, with your CUDA and driver versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you paste the full traceback, and the versions of the libraries you use (e.g. pip show tensorflow torch)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you paste the full traceback, including the line that fails and the shapes it reports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you paste the full traceback / the training log (loss and accuracy per epoch)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a Python code block of %n lines</source>
        <translation>
            <numerusform>a Python code block of %n line</numerusform>
            <numerusform>a Python code block of %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Python code blocks, the longest of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (without imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only code fragments of a line or two, no runnable snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code block with Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error message, metrics, console output or traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n traceback block(s)</source>
        <translation>
            <numerusform>%n traceback block</numerusform>
            <numerusform>%n traceback blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n console output block(s)</source>
        <translation>
            <numerusform>%n console output block</numerusform>
            <numerusform>%n console output blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>code that makes or loads data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shape, dtype, value range, target or dataset, and no code that makes or loads data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no architecture, layers or activations, and no model code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set in the code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch size, epochs, learning rate, optimizer or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the errors and logs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlockKind</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeModel</name>
    <message>
        <source>cannot parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNormaliser</name>
    <message numerus="yes">
        <source>Replaced tab indentation by %n space(s) per tab (the snippet mixes tabs and spaces).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the console prompt &quot;&gt;&gt;&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the console continuation prompt &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented out console output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the IPython prompt &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the IPython continuation prompt &quot;...:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented out IPython output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented out a notebook shell command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented out a notebook magic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompilerErrors</name>
    <message>
        <source>Removed %1 columns of indentation common to every line (the snippet was cut from inside a block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 2 print statement → print() call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 2 &quot;except E, e&quot; → &quot;except E as e&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a &quot;...&quot; placeholder argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 2 %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used but never defined: a common default is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is called but never defined: a stub that says so was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &quot;%1&quot;? It is used but never defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import needed by a default that was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 still does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the snippet parse and run: prompts, magics, indentation, Python 2 syntax, placeholders and undefined helpers, each change explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet parses and has no undefined helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the colon missing at the end of a block header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an SQLite database (or it is damaged); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged dlrepro database (no application recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a %2 database, not a %3 database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is an SQLite database of another application, not a %2 database; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was written by a newer dlrepro (schema version %2; this build knows up to %3). Nothing was changed; update dlrepro to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot bring the database to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PostgreSQL servers are not supported in this build; use an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dynamics</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no training dynamics of seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no training dynamics (no index.json, dynamics/ or seed-N/dynamics/): run the snippet with --dynamics and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skewness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kurtosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the helper&apos;s answer holds no step records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the thresholds file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thresholds file %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DynamicsSymptom</name>
    <message>
        <source>the first layer&apos;s gradient norm (%1, layer %2) is %3 of the last layer&apos;s at step %4 (below %5 and %6); %7 of %8 saved steps show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 has NaN or Inf gradients or weights from step %2 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient norm (layer %1) is %2 times the last layer&apos;s at step %3 (above %4); %5 of %6 saved steps show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of layer %2&apos;s weight gradients are exactly zero (from step %3; threshold %4%); %5 of %6 saved steps show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss changes direction at %1% of steps (threshold %2%) with a mean step-to-step change of %3% of the mean loss (threshold %4%); the biggest jump is at step %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss went from %1 to %2 over %3 steps: a decrease of %4% (less than %5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploding gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dying ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow convergence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAction</name>
    <message>
        <source>Input Data Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural Network Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameter Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Addition &amp; Dependency Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete Parameter Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler Error Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset Procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading Models &amp; Tokenizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1 (%2) is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProposal</name>
    <message>
        <source>the code changed since the proposal was made; analyse it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>originalCode and newCode must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fact has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingStatementScorer</name>
    <message>
        <source>export all-MiniLM-L6-v2 with resources/models/export_minilm.py and set %1 or DLREPRO_EMBEDDING_MODEL to its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sentence-embedding model is configured; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence-embedding model folder %1 does not exist; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper dlrepro-tensor is not installed next to %1 (nor named by DLREPRO_TENSOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence-embedding model could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper returned %1 vectors for %2 texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMatch</name>
    <message>
        <source>exact match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match after normalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same type, different message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, traceback: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, text: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-error needs &quot;Type: message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-error: &apos;%1&apos; is not &quot;Type: message&quot; (the type is a Python name such as RuntimeError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-metric needs name=value[%] (e.g. accuracy=34%), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-metric: &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric-regex: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric-regex needs exactly one capture group around the number (it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tolerance must be a relative tolerance in (0, 1] such as 0.05 or 5%, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet raises %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet raises %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2%3 (within ±%4%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactKind</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commit &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1 is locked: %2 exists (another git process is working on it, or one crashed; remove the file when none is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a signature for %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree to commit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a commit&apos;s tree in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the working tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a git repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bare git repository (it has no working tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage the changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve HEAD in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read commit %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot diff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot format the diff of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the diff of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit them (a checkpoint) before reverting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a merge commit; reverting one is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the first commit; there is nothing before it to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverting %1 conflicts with later changes; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the reverted tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the reverted tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch &apos;%1&apos; already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no branch &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit them (a checkpoint) before switching branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to the branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the branches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glm</name>
    <message>
        <source>the model has no observations or no terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has %1 rows but the response has %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response value %1 of row %2 is not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design matrix holds a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the iteration limit must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response column given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response column &apos;%1&apos; is not in the table (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dummy column &apos;%1&apos; is not one of the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &apos;%1&apos; is not a column of the table (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response &apos;%1&apos; cannot also be a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the column &apos;%2&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the column &apos;%2&apos; holds &apos;%3&apos;, which is not a number (list it with --dummies if it is categorical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the response &apos;%2&apos; holds &apos;%3&apos;; it must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has %2 cells but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Binomial GLM (logit link) of %n observation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr &gt; |z|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect Size (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(under the minimum confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed bug (%1): the rules of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed bug (%1): the rules of %2 merged (mean confidence; an item a type does not list counts 0 for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules for %1 in this rulebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed bug: the rulebook&apos;s rules for Mixed bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed bug of unknown types: overall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed bug (%1), no rules for its types: overall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bug type decided it: overall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules for %1 bugs in this rulebook: overall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules hold no information ranking; Data&apos;s key phrases are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no prose outside its code blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sentence mentions the key phrases; the first sentence is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for the report. To reproduce the bug it would help to know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1; minimum confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information (confidence, in this report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions (confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1 key phrases %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-fault: %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edit-action rules for it in this rulebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up questions for the reporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAddition</name>
    <message>
        <source>&quot;%1&quot; is used but never defined: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the imports for names the snippet uses but never defines, from the import knowledge base (tf.keras unless the snippet imports standalone keras).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every name the snippet uses is defined or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does &quot;%1&quot; come from? It is used but never defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationCategory</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>set by the user (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionText</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code, %2 console output, %3 traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (one accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>Shows the shape and dtype of &quot;%1&quot; before the failing call (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the loss after each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports the metric the report quotes (%1) to the harness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds logging that exposes the symptom: shapes and dtypes at the failing call, the loss per epoch and the reported metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no failing call, epoch loop or reported metric to log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The tensor helper dlrepro-tensor is not installed next to dlrepro, so the dynamics cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>Source: &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1**: %2 of %3 seeds show the bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter: `%1`, device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace commit: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Original code snippet (as reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the notebook&apos;s file name (…/bug.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (replace it with --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObsoleteParameters</name>
    <message>
        <source>Removed %1 (gone since %2): %3 is already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2 (%1 was removed in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (removed in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (%2): %3 says how to reduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1=%2 by %3=%4 (%1 is deprecated since %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1=%2 by %3=%4, the default (%1 is deprecated since %5; check the value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames or removes keyword arguments that current framework versions no longer accept (versioned rule table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call uses an obsolete parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was never committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace was never verified: output.txt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has uncommitted changes; they are not exported (checkpoint them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (replace it with --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the export into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bug id &apos;%1&apos; cannot be a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>%1 is too large (over 64 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a replication-package bug folder: it has neither main.py nor original_code_snippet.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no row for bug %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication package bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from the replication package folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of bug: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the reproduction (output.txt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Jupyter notebook: it has no cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no code cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no report file (report.md, issue.md, issue.json, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIFaultBench bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no git clone command found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id column (#, ID, Bug ID, Post ID, …) and no link column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv applies to replication-package bug folders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a package: expected a replication-package bug folder (main.py or original_code_snippet.py), an AIFaultBench bug folder (repro.py) or a notebook (.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a new workspace needs a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 package %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectClone</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed with the token from GIT_TOKEN/GITHUB_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication required (set GIT_TOKEN or GITHUB_TOKEN for https, or run an SSH agent for ssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository needs an SSH key and no SSH agent is running (SSH_AUTH_SOCK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository asks for credentials: set GIT_TOKEN or GITHUB_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit %1 does not exist in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not detach HEAD at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1 has no commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository url given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not clone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the clone into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an if __name__ == &quot;__main__&quot; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named train*.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 at commit %2 (%3). Entry script: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report %1 names no GitHub repository: give its url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry script %1 must be a path inside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry script %1 does not exist at commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry script found in %1 at %2: give one (--entry script.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the clone into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1 at %2; entry script %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a project workspace (no project.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry script %1 does not exist in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectExchange</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file larger than 256 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: not a replication file the project reads: header &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1:%2 (%3): unknown column for the %4 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1:%2 (%3): repeats item %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the %2 format needs a bug type column and item columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the %2 format needs the &quot;#&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitHub row needs its &quot;#&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bug type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 or 1: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Yes or No: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of minutes &gt;= 0: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Minor or Major: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>a bug needs a source and an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bug numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the reproduction of bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation needs an annotator (the final label is saved with settle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1&apos;s annotation of bug %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1&apos;s annotation of bug %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settling the label of bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsettling bug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1 file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1 file rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>&lt;1 Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-5 Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-10 Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;10 Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher (Masters/Doctoral Student, PostDoc, Faculty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Practitioner (Software Engineer, Deep Learning Engineer, Machine Learning Engineer etc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of &lt;1, 1-5, 5-10, &gt;10 (years), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;occupation&apos; must be practitioner or researcher, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;frameworks&apos;: unknown framework &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;editActions&apos;: unknown edit action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;information&apos;: unknown information category &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>no report given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown information category &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown edit action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is higher than the rule before it: rules must be ranked best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but confidence %2 is %3 the minimum confidence %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bug type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sub-fault &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only sub-fault tables have a sub-fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has neither information nor actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the tables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dlrepro rulebook (expected &quot;format&quot;: &quot;dlrepro-rulebook&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version (this dlrepro reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty array of bug-type tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second table for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rulebook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB; not a rulebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mined from %1 transactions in files %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study&apos;s procedure (thesis section 4.3.6: per group, rules {group} =&gt; {item} of length 2 ranked by support, then confidence) over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mined over all transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rulebook cannot be combined with other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transactions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTransfer</name>
    <message>
        <source>no participant %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a study session (schema dlrepro.study-session/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session belongs to another study design (%1, this study is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s participant has no id, group or known set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 has withdrawn; their session is not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 is here already in %2/%3, the session says %4/%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyAnalysis</name>
    <message>
        <source>Percentage of bugs successfully reproduced by control and experimental group across different sets (%1 success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of bugs reproduced by Control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of bugs reproduced by Experimental group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken for bug reproduction by control and experimental groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time taken by Control Group (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time taken by Experimental Group (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug-fixing experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control: submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control: % reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control: mean seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental: submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental: % reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental: mean seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown study variable &apos;%1&apos; in the formula (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula &apos;%1&apos; has no terms or an unknown response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyDesign</name>
    <message>
        <source>Experimental group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown design schema &apos;%1&apos; (expected dlrepro.study-design/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;seed&apos; must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;bugs&apos; is missing or empty: a study needs a bug pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bug has no &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos; has no &apos;report&apos; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: the report file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: unknown bug type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: &apos;difficulty&apos; must be easy or difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: give exactly one of &apos;expectedError&apos; and &apos;expectedMetric&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug &apos;%1&apos;: &apos;tolerance&apos; must lie in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sets&apos; is missing or empty: a study needs at least one set of bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set has no &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: bug &apos;%2&apos; is not in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: bug &apos;%2&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &apos;%1&apos; has no bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a study design is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyEvent</name>
    <message>
        <source>an event has no &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: unknown kind &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: no clock reading (&apos;clock&apos; and &apos;ms&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlots</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bugs reproduced per set and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of bugs reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time per bug per set and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>participant %1 has withdrawn from the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 is assigned to set &apos;%2&apos;, which the design lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session of %1 is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is paused (%1); resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bug has not been shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyStore</name>
    <message>
        <source>%1: already holds a study; use a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no study design (create it with &apos;dlrepro-cli study create&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 has already withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomExpectation</name>
    <message>
        <source>%1 of %2 seeds showed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seed saved training dynamics to look for %1 (a PyTorch model that trains is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome was reproduced, but only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome was reproduced, but no seed showed %1, which the reproduction must show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensorClient</name>
    <message>
        <source>the tensor helper dlrepro-tensor was not found next to %1 (set DLREPRO_TENSOR to its path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the tensor helper %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper did not answer &apos;%1&apos; within %2 s; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper stopped (%1) while answering &apos;%2&apos;, and again when it was retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper stopped (%1) while answering &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its last messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed or crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seeds were stopped at a resource limit (%3) and none gave an answer: raise the limit (--memory-limit) or make the snippet smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seeds timed out and none gave an answer: raise --timeout or make the snippet shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs were cancelled before any gave an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2, which the snippet imports: install it there or choose another interpreter (--python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a GPU bug and no GPU was available to the runs: a GPU bug cannot be reproduced on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet needs a GPU and no GPU was available to the runs: it cannot be reproduced on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Seeds without an answer (timed out, stopped at a limit or not started): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (snippet line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 seeds raised the reported error (exact match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 seeds raised the reported error (%2 exact, %3 after normalising paths, addresses and numbers in shapes or sizes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seeds raised the reported error: the bug is intermittent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seed raised %1 but with a different message (%2; reported: %3). Reproduced by type only, which does not count as the reported error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same type, different message in %1 of %2 seeds (%3; reported: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet crashed with a different error: %1 (reported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet crashed (%1) without the reported error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet ran to its end without raising the reported error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet crashed with a different error before it reported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric &apos;%1&apos; found in the output of any seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric-regex matched nothing in the output of any seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Print it (&quot;%1: 0.34&quot;), call dlrepro.report(&quot;%1&quot;, value) or give --metric-regex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 seeds reported it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 in all %3 seeds, as reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 in %3 of %4 seeds: the bug is intermittent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never %2 (mean %3%4)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 %2 (std %3) over %4 seeds is within %5 of the reported %6 (band %7; relative error %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 %2 (std %3) over %4 seeds is %5 away from the reported %6, outside the %7 tolerance (band %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare with: the report quotes no error or metric and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seed was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched error lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1: mean %2%3, std %4 over seeds: %5; reported %6%3; band %7%3–%8%3; relative error %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device asked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionMigration</name>
    <message>
        <source>Standalone Keras → tf.keras (Keras 2.4+ ships inside TensorFlow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable is a no-op since PyTorch 0.4: the tensor is used directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is TensorFlow 1 API: moved to tf.compat.v1 (a TF2 rewrite would use eager execution and tf.function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.data[0] on a 0-dim tensor fails since PyTorch 0.4: use .item().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and placeholders need graph mode in TensorFlow 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrates legacy framework API (standalone Keras, TensorFlow 1, PyTorch &lt; 0.4) to current versions by rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no legacy API found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a new workspace needs a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the workspace for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the new workspace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dlrepro workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace report (schema &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual edits before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action wants to write &apos;%1&apos;, which is not a path inside the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied by dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: manual edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Python interpreter given to run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to verify against: the report quotes no error and no observed metric; give the error or metric that should be seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual edits before verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runner did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify: %1 (%2 of %3 seeds show the bug)

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: save a checkpoint before branching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 has an unknown status &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 → %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: %1 bug, actions %2, verdict %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the proposal was adjusted by hand before it was applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: main.py already holds that code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceHistory</name>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification without a recorded verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes an earlier commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported report and its original snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual edits, saved as a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reproduction transaction, recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit made outside dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePrefill</name>
    <message>
        <source>%1: cannot read the workspace&apos;s transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown bug type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown information item &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown edit action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bug numbered %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show a report&apos;s facts, bug type and information table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a corpus from a Stack Exchange Posts.xml dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;dlrepro-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 a negative result, 2 bad input or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlrepro-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--index %1 is out of range: it holds %n report(s)</source>
        <translation>
            <numerusform>--index %1 is out of range: it holds %n report</numerusform>
            <numerusform>--index %1 is out of range: it holds %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine association rules from reproduction transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hint for reproducing a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Python interpreters found and what they can run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a snippet once per seed through the harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether a snippet reproduces the reported bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply edit actions to a report&apos;s snippet until it reproduces the bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply one edit action to a snippet (diff, JSON or in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply one edit action (thesis Table 4.5) to a snippet: D input data, N network,
H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,
P dataset, M models, V version migration. Prints the diff unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s letter (or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug report whose facts guide the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a unified diff (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the snippet (and write extra files beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the proposal as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one snippet (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action is required (D, N, H, R, L, O, C, P, M or V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diff, --in-place and --json exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected D, N, H, R, L, O, C, P, M or V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1 (%2) is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA not probed (no torch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CUDA device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1, cuDNN %2, driver %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Python interpreters found ($DLREPRO_PYTHON, an active virtualenv or conda env,
python3 on PATH, /usr/bin/python3, conda envs, registered venvs), what each can import
and whether it sees a GPU, and which one run/verify use by default and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: {default, reason, environments[]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every interpreter again, ignoring the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no arguments (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python interpreter found. Set DLREPRO_PYTHON or put python3 on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the probed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (*): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hint for reproducing a bug report (thesis section 4.3.7): the top 3 information,
the top 5 edit actions for its bug type, and the statement to focus on; then the rules&apos;
source and confidences, which information the report lacks and what to ask for it.

&lt;report&gt; is a file or an online report, as for &apos;dlrepro-cli inspect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema dlrepro.hints/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rulebook&apos; (the published tables, the default), a rulebook JSON, or transaction files to mine, separated by commas (the option may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one report (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules rulebook cannot be combined with files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a bug report holds: its facts (errors, metrics, data, model, hyperparameters,
environment), its bug type and which information it has or lacks.

&lt;report&gt; is a file (Stack Exchange API JSON, Posts.xml rows, GitHub issue JSON,
Markdown, text, saved HTML, Jupyter notebook, dlrepro JSON lines), or so:ID, a
stackoverflow.com question URL, gh:owner/repo#N or a github.com issue URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the documented JSON (docs/inspect-schema.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(under the minimum confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-fault %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information, top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions, top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine association rules (Apriori) from reproduction transactions: the replication package&apos;s
CSVs (Dataset_EditActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_CriticalActions.csv,
Dataset_Github_CriticalInformation.csv, transactions.csv, Subfaults-Analysis.csv) or dlrepro&apos;s
own CSV/JSON export. Items are type:&lt;bug type&gt;, information:&lt;category&gt;, action:&lt;edit action&gt;.
--by-type runs the study&apos;s procedure instead (per bug type, rules {type} =&gt; {item} ranked by
support then confidence; top 3 information, top 5 edit actions; rules under the minimum
confidence kept but marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum support (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum confidence (default 0 for Apriori, 0.30 for --by-type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest itemset (default 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum lift (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study&apos;s per-bug-type tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these items: actions or information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one transaction file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items expects actions or information, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-length expects a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions from %2; minimum confidence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with no edit action marked were skipped, as the study did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions from %2; min support %3, min confidence %4, max length %5, min lift %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent itemsets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format: auto, stackexchange, posts-xml, github, markdown, text, html, notebook, report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the input holds several reports, use only the N-th (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the bug type instead of the classifier: training, model, tensor, api, gpu, mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch online reports again, ignoring the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither read nor write the download cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown input format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--index expects a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bug type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a snippet from a report (its code blocks, definitions first, driver code and printed
values from the text), then apply edit actions — C when it does not parse, R for undefined
names, then the actions the hints recommend for its bug type — verifying after each step,
until the reported error or metric shows. Prints the transaction, the final code and the verdict.
Exit status: 0 reproduced, 1 not reproduced, 2 bad input or usage (no expectation in the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug report (a file, so:ID or gh:owner/repo#N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions to apply at most (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the reproduction as JSON (schema dlrepro.reproduction/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the final code to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-steps must be between 0 and 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric to verify against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[step %1] running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python interpreter (default: the one `dlrepro-cli env` marks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (CUDA when the interpreter has it), cpu, or cuda:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated seeds (default 0,1,2,3,4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seeds 0..N-1 instead of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds run at once (default 1; on the CPU at most the cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock limit per seed in seconds (default 300; 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident memory limit per seed, e.g. 2G or 512M (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every run&apos;s directory, result JSON and output under DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the frameworks for deterministic algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (fork seeds from a warm interpreter that imported torch/numpy once, for snippets that do not use TensorFlow, Keras or JAX), on, or off (one process per seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device must be auto, cpu or cuda:N, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --seeds or --n-seeds, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seeds needs distinct non-negative integers separated by commas (at most 1000), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--n-seeds must be between 1 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel must be between 1 and 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-limit must be an amount such as 2G, 512M or 1.5GiB (at least 1M), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fork-server must be auto, on or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--python %1: not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--python %1 does not work: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable Python interpreter found; give --python or set DLREPRO_PYTHON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 sees no CUDA device; the runs will fail where they need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Python snippet in your interpreter once per seed, through dlrepro&apos;s harness (seeded
random/numpy/torch/tensorflow, captured exception, collected metrics, limits). Output lines
stream to stderr as &quot;[seed N] …&quot;; the per-seed summary goes to stdout.
Exit status: 0 every seed ran to an answer (an exception is an answer), 1 some seed timed
out, hit a limit or did not start, 2 bad input or usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python file to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON (docs/run-result-schema.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runner did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the study&apos;s questions from a Stack Exchange data dump (Posts.xml): a framework
tag, created in the date range, no &quot;how&quot;/&quot;install&quot;/&quot;build&quot; in the title, a code
block in the body, an accepted answer, a score above 0, and a bug-type tag of
Table 4.1. Writes one dlrepro report per line (question plus accepted answer) and
prints the counts per framework and bug type (Table 4.2) and per filter.
The study used --since 2020-05-01 --until 2023-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data dump&apos;s Posts.xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework tags, comma-separated; a question is counted under the first one it has (default: pytorch,tensorflow,keras).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep questions created on or after DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep questions created on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON lines to FILE (default: standard output, the counts then go to standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep questions without a bug-type tag of Table 4.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one Posts.xml file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags names no framework tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: bad date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: bad date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since %1 is after --until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a snippet over several seeds and decide whether it reproduces the reported bug.
What should happen comes from --report (its quoted error, else its observed metric) or
from --expect-error / --expect-metric. Explicit bugs: the error must match (exactly or
after normalising paths, addresses and numbers in shapes and sizes) in every seed;
some seeds only is intermittent. Silent bugs: the mean metric over the seeds must lie
within the relative tolerance of the reported value (34% = 0.34).
Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input
or usage (missing snippet, no expectation, bad option values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python file that should reproduce the bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug report (a file, so:ID or gh:owner/repo#N), as for inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error that should occur: &quot;Type: message&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric that should be seen: name=value[%], e.g. accuracy=34%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative tolerance for a metric (default 0.05, also 5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the metric from the output with this regular expression (one capture group; last match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verdict as JSON (docs/verdict-schema.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --expect-error or --expect-metric, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric: give --expect-error or --expect-metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to verify against: give --report, --expect-error or --expect-metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tolerance applies to a metric, and the expectation is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric-regex applies to a metric, and the expectation is an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa between two annotators&apos; binary labels: per bug over its labels, the mean over bugs
(as the thesis reports it: 54.5% and 89.1% for its two rounds), pooled over every decision, and
per label over the bugs. Input: a CSV with one row per bug and columns A1V1..A1Vk, A2V1..A2Vk
(other columns name the bug), or a project database (the ten edit actions of the bugs both
annotators labelled). A bug where both annotators give one and the same value to every label
has kappa 0/0 (sklearn: nan); it counts as 1, marked &apos;*&apos;, unless --exclude-degenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-annotator CSV or project database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a project: the two annotators to compare (default: its only two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave degenerate bugs out of the mean (numpy.nanmean over sklearn&apos;s values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables as text (default), csv, markdown or latex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one input file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format expects text, csv, markdown or latex, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotators expects two names separated by a comma, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotators applies to a project database, not a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean kappa over %1 of %2 bugs: %3; pooled kappa: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>* %n bug(s) where both annotators gave every label the same value: kappa is 0/0 there (sklearn: nan); %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>counted as 1 in the mean (--exclude-degenerate leaves them out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved step %1 (of %2 optimizer steps, %3 saved, %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training dynamics of a run made with --dynamics: per layer and saved step the statistics of weights, biases and gradients (max, min, median, mean, var, std, skew, kurtosis, sparsity), gradient norms, and the symptoms found (vanishing or exploding gradients, dying ReLU, oscillating loss, slow convergence). Exit code 0; 1 when --expect names a symptom that does not show or the statistics cannot be computed; 2 on bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s --out folder, a seed-N folder or its dynamics folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which seed of the run (default: the lowest with dynamics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thresholds file like resources/knowledge/dynamics-thresholds.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 unless this symptom shows (vanishing, exploding, dying, oscillating, slow); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one run folder (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a number &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect: &apos;%1&apos; is no symptom (vanishing_gradients, exploding_gradients, dying_relu, oscillating_loss, slow_convergence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor helper dlrepro-tensor is not installed next to dlrepro-cli (or named by $DLREPRO_TENSOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was saved (did the snippet call an optimizer&apos;s step()?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected but not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a binomial GLM with logit link by IRLS to a CSV (a header row, one row per observation), as
statsmodels&apos; sm.GLM(y, X, family=Binomial()).fit() does, and print estimate, std. error, z, p
(normal), 95% CI and odds ratio per term (Table 4.11). A rank-deficient design (e.g. every level&apos;s
dummy next to the intercept) gets the minimum-norm (pseudo-inverse) solution and its aliased
columns are named. Exit status 1 when the fit did not converge or separates the data perfectly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 0/1 response column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictor columns, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms that are categorical: one 0/1 column per level, named &lt;column&gt;_&lt;level&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every level&apos;s dummy next to the intercept, as the thesis&apos;s model did (default: the first level is the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit without an intercept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRLS iteration limit (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table as text (default), csv, markdown or latex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one CSV file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--response is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--terms is required without an intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-iterations expects a whole number from 1 to 100000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Observations %1, rank %2, residual df %3, deviance %4 (null %5), AIC %6, %n iteration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Aliased (linear combinations of the columns before them): %1. The estimates are the minimum-norm solution, as statsmodels gives; only their estimable combinations mean something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: perfect separation: the model predicts every response exactly, so the estimates run off to infinity and mean nothing (statsmodels refuses this fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: IRLS did not converge in %1 iterations; the estimates are not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the focus statement is found: &apos;lexical&apos; (BM25, the default) or &apos;embedding&apos; (cosine of all-MiniLM-L6-v2 embeddings, as the study did; the model folder comes from DLREPRO_EMBEDDING_MODEL or the setting hints/embeddingModelDir; without one the lexical scorer is used and a note says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scorer must be &apos;lexical&apos; or &apos;embedding&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the focus statement was scored lexically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pre-filled, to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type: training, model, tensor, api, gpu, mixed (or T M I A G X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-fault: Optimisation, Loss function, Hyperparameters, Layer, Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions used: ids, names or letters, comma-separated (&quot;D,L,R&quot; or &quot;DLR&quot;); none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information present: data, model, hyperparameters, code, logs (or letters); none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced or not-reproduced (yes/no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: unknown bug type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sub-fault: unknown sub-fault &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--actions: unknown edit action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--info: unknown information category &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time expects minutes &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome expects reproduced or not-reproduced, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project database (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replication CSVs into a project (all rows of a file, or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset_Manual_Reproduction.csv, Dataset_EditActions.csv, Dataset_CriticalActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_Github_CriticalInformation.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), manual, editactions or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a project: csv (the replication files; --out is a folder, or a file with --kind), transactions (the one-letter format), json (everything). --out - prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, transactions or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: one file of this kind (manual, so-edit-actions, so-information, github-edit-actions, github-information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions: actions (default) or information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the project&apos;s bugs, filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bugs this annotator labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only bugs whose annotators disagree (not settled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substring of id, title or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (or change fields of) an annotator&apos;s label of a bug. The other annotator&apos;s label is shown only once both are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug: its number, source:id, or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who annotates (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill an annotation from a reproduction workspace&apos;s transaction.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose annotation (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a bug&apos;s final label: from one annotator&apos;s (--from), the agreed one, and/or the label options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who settles (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this annotator&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (init, import, export, list, annotate, prefill, settle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind expects auto, manual, editactions or critical, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows as %3 (%4 new bugs, %5 updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format expects csv, transactions or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reproduced expects yes or no, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --limit expect numbers &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no bug &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--annotator is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not annotated bug %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotators of bug %1 disagree: give --from or the label (--type, --actions, --info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli project &lt;subcommand&gt; &lt;db&gt; ...
A research project database (SQLite) of bugs, reproductions and annotations.
  init &lt;db&gt;                                   create an empty project
  import &lt;db&gt; &lt;csv&gt;... [--kind auto|manual|editactions|critical]
  export &lt;db&gt; --format csv|transactions|json --out P [--kind K] [--items actions|information]
  list &lt;db&gt; [--type T] [--framework F] [--reproduced yes|no] [--annotator A] [--disagreement] [--json]
  annotate &lt;db&gt; &lt;bug&gt; --annotator A [--type T] [--actions ...] [--info ...] [--time M] [--outcome O] [--notes N]
  prefill &lt;db&gt; &lt;bug&gt; &lt;workspace-dir&gt; --annotator A
  settle &lt;db&gt; &lt;bug&gt; --by A [--from ANNOTATOR] [label options]
Each subcommand has --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s) (see --help)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a study database from a design file (docs/user-study.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new study database (SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--design is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created study &apos;%1&apos;: %2 bugs, %3 sets, seed %4, design %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a participant from their demographics (Appendix B, Q1-Q5) and print their id, group and set.
The answers JSON: {&quot;dlExperience&quot;: &quot;1-5&quot;, &quot;bugFixExperience&quot;: &quot;&lt;1&quot;, &quot;occupation&quot;: &quot;researcher&quot;,
 &quot;frameworks&quot;: [&quot;pytorch&quot;], &quot;challenges&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demographics JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a participant: their demographics, answers and events are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s id (P-...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew %1; their data was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a participant&apos;s session (assignment, demographics, every event) to a JSON file, to merge on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge an exported session into the study. Merging again adds nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session JSON (from export-session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events added, %3 already present%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (participant added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write all responses as CSV: one row per participant, columns as Appendix B numbers the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the study: % of bugs reproduced per set and group (Table 4.9), mean time and %
decrease (Table 4.10), a binomial GLM (Table 4.11), per-participant and per-bug details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown or latex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one table: rates, time, glm, participants or bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified (the runner&apos;s verdict, default) or self-reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GLM, e.g. &apos;BugReproduced ~ Hints + DLExp + Field + C(DLBugFixExp)&apos; (the default,
with every DLBugFixExp level kept as the thesis did). Variables: Hints, DLExp, Field, DLBugFixExp, Difficulty, Set, Bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the first level of each C(...) term (default: keep all, as the thesis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write success.svg and time.svg into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json, csv, markdown or latex, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--success must be verified or self-reported, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLM (binomial, logit link) of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLM: not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliased (collinear) columns: %1; the estimates are the minimum-norm solution, as statsmodels gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli study &lt;command&gt; ...

  create &lt;db&gt; --design design.json     create a study database
  enrol &lt;db&gt; --answers answers.json    enrol a participant (prints id, group, set)
  withdraw &lt;db&gt; &lt;participant&gt;          delete a participant&apos;s data
  analyse &lt;db&gt; [--format text|json|csv|markdown|latex] [--plots dir]
  export-session &lt;db&gt; &lt;participant&gt; --out f.json
  merge &lt;db&gt; f.json                    merge an exported session (idempotent)
  responses &lt;db&gt; --out responses.csv   all answers, one row per participant

Each command has --help. The study window: dlrepro --study &lt;db&gt;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a reproduction workspace (a git repository) from a bug report: report.json, the
original snippet, main.py (the snippet assembled from the report) and requirements.txt,
in a first commit. DIR must not exist or be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply one edit action (thesis Table 4.5) to main.py and commit it: D input data, N network,
H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,
P dataset, M models, V version migration. Uncommitted manual edits are committed first.
Exit status: 0 applied, 1 the action had nothing to do, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diff; change and commit nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the manual edits of the workspace. Exit status 1 when there is nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run main.py over several seeds, decide whether it reproduces the reported bug (as `verify`
does) and commit runs/&lt;timestamp&gt;-&lt;seed&gt;.json and verdict.json. Manual edits are
committed first. What should happen comes from the report unless --expect-error or
--expect-metric is given.
Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verdict as JSON (docs/verdict-schema.md) with the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed manual edits first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of the current branch, newest first: each commit with its edit action and verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a commit changed (default: the last one), as a unified diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit (default HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the files and their added/removed lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diff as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, +%2 -%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo one commit (an edit action, a checkpoint) with a new revert commit. Refuses a workspace
with uncommitted changes and a revert that conflicts with later changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a name: list the branches (* marks the current one). With a name: switch to that
branch, creating it at the current commit when it does not exist, to try another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and switched to branch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the verdicts recorded at two commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print both verdicts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reproduction&apos;s transaction derived from the history (bug type, information present,
edit actions used and not reverted, time spent, verdict), written to transaction.json
and committed when it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print transaction.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive it without writing or committing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent:    %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dlrepro-cli workspace &lt;subcommand&gt; [options]
A reproduction kept as a git repository: every edit action and verification is a commit.

Subcommands:
  new &lt;report&gt; &lt;dir&gt;            create a workspace from a bug report
  apply &lt;dir&gt; --action X        apply an edit action and commit it (--dry-run: diff only)
  checkpoint &lt;dir&gt; [-m msg]     commit manual edits
  verify &lt;dir&gt; [run options]    run main.py over seeds and commit runs and verdict
  log &lt;dir&gt; [--json]            the history with actions and verdicts
  diff &lt;dir&gt; [&lt;sha&gt;]            what a commit changed
  revert &lt;dir&gt; &lt;sha&gt;            undo a commit with a revert commit
  branch &lt;dir&gt; [&lt;name&gt;]         list branches, or switch to (creating) one
  compare &lt;dir&gt; &lt;sha&gt; &lt;sha&gt;     compare the verdicts of two commits
  transaction &lt;dir&gt; [--json]    the reproduction transaction derived from the history
  clone &lt;url&gt; --commit &lt;sha&gt; &lt;dir&gt;   a GitHub project at its buggy commit
  export &lt;dir&gt; --format F --out P    replication-package layout or notebook
  import &lt;package&gt; &lt;dir&gt;        a replication-package bug, notebook or bug folder
Each subcommand has --help. Exit status: 0 success, 1 a negative result, 2 bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see dlrepro-cli workspace --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a project at its buggy commit into a new workspace: &lt;dir&gt;/project is the clone (HEAD
detached at the commit), main.py runs its entry script from there. The url and commit may
come from a report that names them (github.com/o/r/commit/&lt;sha&gt;, &quot;commit abc1234&quot;).
Private repositories: GIT_TOKEN or GITHUB_TOKEN for https, an SSH agent for ssh.
Then: dlrepro-cli workspace verify &lt;dir&gt; runs it with seeds.
Exit status: 0 cloned, 2 bad input (clone failed, no such commit, folder not empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository (https, ssh, file:// or a path); optional with --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace&apos;s folder (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buggy commit (sha, abbreviated sha or any revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry script, relative to the project (default: the best candidate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry script&apos;s arguments, as one shell-quoted string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;url&gt; &lt;dir&gt; (or &lt;dir&gt; with --report; see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloning: %1% (%2 of %3 objects, %4 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry scripts found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned %1 at %2 (%3) into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other candidates (choose with --entry):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 — run it with: dlrepro-cli workspace verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a workspace as of its last commit: --format replication writes
&lt;out&gt;/Bugs/&lt;id&gt;/{main.py, original_code_snippet.py, requirements.txt, output.txt} (output.txt:
the last verification&apos;s output); --format notebook writes a Jupyter notebook (nbformat 4:
the report, the requirements and their install, the code with its output, the verdict).
Exit status: 0 written, 2 bad input (not a workspace, target exists, bad format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication or notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication: the package root (Bugs/ goes inside); notebook: the .ipynb file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bug&apos;s folder name under Bugs/ (default: from the report id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one workspace folder (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be replication or notebook (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id applies to --format replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace from a package: a replication-package bug folder (Bugs/&lt;id&gt;/ with main.py,
original_code_snippet.py, requirements.txt, output.txt; with --csv its row of
Dataset_Manual_Reproduction.csv), a Jupyter notebook (.ipynb), or an AIFaultBench-style bug
folder (a report file, repro.py, requirements, a clone/checkout script).
Exit status: 0 imported, 2 bad input (not a package, invalid notebook, folder not empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package: a folder or a .ipynb file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication CSV that has the bug&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;path&gt; &lt;dir&gt; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the %1 package into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names the project %1 at %2: dlrepro-cli workspace clone %1 --commit %2 &lt;dir&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a reproduction in a git workspace: new, apply, verify, log, diff, revert, export, clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, import and export a research project database of annotated bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa between two annotators&apos; edit-action labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit a binomial GLM (logit link) to a CSV, as the study analysis did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design, run and analyse a user study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-layer training statistics and data-bug symptoms of a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: save per-layer weights, biases and gradients under --out (seed-N/dynamics; read them with `dlrepro-cli dynamics DIR`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dynamics: every N optimizer steps (default 0: once per epoch when a DataLoader is iterated, else every 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dynamics-every needs --dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dynamics-every must be a number of steps &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dynamics needs --out DIR: the saved tensors are kept there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training-dynamics symptom the reproduction must show (PyTorch; implies --dynamics): vanishing, exploding, dying, oscillating, slow; several separated by commas. Alone, it is the whole expectation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-symptom: unknown symptom &apos;%1&apos; (vanishing, exploding, dying, oscillating or slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the training dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-symptom needs the tensor helper dlrepro-tensor next to dlrepro-cli (or named by $DLREPRO_TENSOR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::ActionChecklist</name>
    <message>
        <source>Generate input data the snippet can run on (random tensors, a tiny array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shapes the report gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data types the report gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the value range and the labels&apos; form (classes, one-hot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the model the report describes where the snippet leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture named in the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every hyperparameter the snippet uses but never defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values from the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the imports the snippet needs (torch, torch.nn, numpy, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install missing packages in the chosen environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the values that show the bug: shapes before the failing call, the metric per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a metric with print(f&quot;accuracy={acc}&quot;) so that Verify can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or rename arguments the installed framework no longer accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix syntax and name errors that keep the snippet from reaching the bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace placeholders (…, &lt;your data&gt;) with real values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the dataset the report uses, or a small stand-in of the same form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the dataset the report uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the pretrained model or tokenizer the snippet loads (name and version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the snippet to the installed framework version (renamed APIs, changed defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions in the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TODO %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::AgreementPanel</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two annotators to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bug has been labelled by both %1 and %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean κ over %1 bugs: %2&lt;/b&gt; &amp;nbsp; pooled κ: %3&lt;br&gt;%4 bug(s) where neither marked anything differently and each marked a single value throughout count as κ = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::AnnotationForm</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the pre-filled values as your label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these labels, what was hard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a bug in the table.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not pre-fill this form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the workspace %1: confirm or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to annotate its bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (Annotator, in the tool bar) to label bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your label, as %1. Every change is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled by %1 yet. Every change is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::AnnotationWindow</name>
    <message>
        <source>dlrepro — Research project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, title, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement (κ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules &amp;&amp; tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import replication CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export replication &amp;CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dlrepro research project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (as the labels will record it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open (Project → Open project…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering %1 bugs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bugs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open research project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlrepro projects (*.dlrproject *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New research project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlrepro projects (*.dlrproject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import replication CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the replication CSV files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the project as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these rules for the workbench&apos;s &amp;hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labelled bugs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbench&apos;s hints now use the rules mined from %n bug(s) of this project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::BugTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::ClassificationPanel</name>
    <message>
        <source>Bug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the bug type; the information table follows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[set by you]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::CloneDialog</name>
    <message>
        <source>Clone a Project at Its Buggy Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://github.com/owner/repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha of the buggy commit (empty: the default branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new or empty folder for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry script (what `python …` runs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments, e.g. --epochs 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects: %1 of %2 (%3 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing objects: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned at %1 (%2). Pick the entry script and open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::CodePane</name>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of the report&apos;s code blocks make up the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace (Ctrl+F, Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the report has no code blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code blocks: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ syntax OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::CommitDiffView</name>
    <message>
        <source>%1 %2 (binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (+%3 −%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, +%1 −%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (the patch is cut here; %1 characters in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this commit changes no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a commit to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::DiffPreviewDialog</name>
    <message>
        <source>Proposed change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Current snippet (%n line(s) removed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed (%n line(s) added)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report facts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions the report leaves open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::DisagreementView</name>
    <message>
        <source>Bug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settle final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the Final column as the bug&apos;s label (click a side&apos;s cell to take its value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the settled final label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot settle the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final (settled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to take %1&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a bug in the table.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to compare.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The labels agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ (highlighted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other label(s) hidden until you save yours (blind annotation).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsHeatMap</name>
    <message>
        <source>Training dynamics heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training dynamics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsLineChart</name>
    <message>
        <source>Layer statistic over steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::DynamicsView</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symptom found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s), %1 saved step(s) of %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run a PyTorch snippet with training dynamics on to see its layers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::EnvironmentPanel</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report uses %1 %2; it is not installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report uses %1 %2; here it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version differences may change the outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::FactModel</name>
    <message>
        <source>Evidence for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (not an information category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::HintsPanel</name>
    <message>
        <source>Hints appear here once a report is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information that helps (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence below the %1 minimum: kept in the ranking, marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions to try (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a checklist for “%1” into the snippet (preview first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* below the %1 minimum confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most relevant statement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-fault: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the report has the information the rules ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the questions to the clipboard, ready to paste on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements ranked by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::InformationTable</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the question to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::LiveMining</name>
    <message>
        <source>No project to mine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::MainWindow</name>
    <message>
        <source>dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report: File &gt; Open, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dlrepro %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for reproducing deep-learning bugs from Stack Overflow questions and GitHub issues.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.json *.jsonl *.xml *.md *.markdown *.txt *.html *.htm *.ipynb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open online report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack Overflow question or GitHub issue
(so:ID, gh:owner/repo#N, or its web address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reports in this input; showing the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dlrepro</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n fact(s)</source>
        <translation>
            <numerusform>%1 · %n fact</numerusform>
            <numerusform>%1 · %n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>framework: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and close? Every process the snippet started is killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up questions copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autosaved session from an earlier run exists: File &gt; Recover autosaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover autosaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;interpreters again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;focus statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;verify&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run the seeds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cancel the run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next hint&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the focus statement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F / Ctrl+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find / replace in the snippet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the session&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1…3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run, verdict, environment&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s text (Markdown or plain text; the first line is the title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report found in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist for “%1” added to the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %n seed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Is it a file dlrepro saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session opened from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to do — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied to the snippet (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied edits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace from this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone a GitHub project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit a &amp;checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;replication package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;annotation project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;study session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report first: a workspace starts from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet as assembled in the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created in %1: edit actions and verifications are committed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint %1 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was applied but not committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict was not committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as replication package: choose the package folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open annotation project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlrepro projects (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a study session: open the study database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlrepro studies (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the study session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Dynamics” before a run of a PyTorch snippet to see its layers&apos; weights, biases and gradients here, with data-bug symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the training dynamics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training dynamics: %n symptom(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hints now come from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::MetricChart</name>
    <message>
        <source>No metric to chart: verify a silent bug (a reported metric value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) per seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::MiningView</name>
    <message>
        <source>Rules {bug type} ⇒ {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 3 information per bug type (Table 4.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5 edit actions per bug type (Table 4.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 5 edit actions per sub-fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mined %n transaction(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::ReportView</name>
    <message>
        <source>Highlights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most relevant statement for this bug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::ResearchTables</name>
    <message>
        <source>Top %1 useful component information for reproducing specific types of deep learning bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 edit actions for reproducing specific types of deep learning bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 edit actions for reproducing the sub-faults of training and model bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules {bug type} =&gt; {item}, ranked per bug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::RunPanel</name>
    <message>
        <source>The Python interpreter the snippet runs with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for interpreters again and re-probe them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: as the environment says; cpu: CUDA hidden; cuda:N: only that GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds 0 … n−1, each in a fresh process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative tolerance for a reported metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RuntimeError: message   or   accuracy=34%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report says happens: an error (Type: message) or a metric (name=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the snippet with every seed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report says happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in the run pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python interpreter found. Choose one with “…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interpreter(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python interpreter is chosen.

Pick one in the run pane, or choose a file with “…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet is empty.

Choose the report&apos;s code blocks or write the snippet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected result cannot be read: %1

Write an error as “Type: message” or a metric as “name=value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the snippet to a temporary file (%1).

Check the free space in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying with %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running with %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 seeds did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done: %n seed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run and decide whether the reported bug shows (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and every process it started (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record per-layer weights, biases and gradients of the PyTorch models the snippet trains (shown in the Dynamics tab, with data-bug symptoms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::Session</name>
    <message>
        <source>dlrepro sessions (*.dlrepro);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a dlrepro session (no &quot;format&quot;: &quot;dlrepro-session&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session version %1 is not supported (this dlrepro reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bugTypeOverride: unknown bug type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a session (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first one found with a deep-learning framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: statements are ranked lexically (BM25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with model.pt (TorchScript) and vocab.txt, e.g. all-MiniLM-L6-v2 exported with resources/models/export_minilm.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence-embedding model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::SnippetAssembly</name>
    <message numerus="yes">
        <source>Block %1 · %2 · %n line(s) · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlrepro::StudyWindow</name>
    <message>
        <source>dlrepro study: participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (facilitator)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the pause (recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the snippet with several seeds and checks whether the reported bug shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about this bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I reproduced the bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the edit operations that could be used to reproduce this bug?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you think these edit operations could prove useful in reproducing the bug?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the critical information components that could help the reproducibility of this bug?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you think the selected critical information could be useful in reproducing the bug?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you implement any additional operations or actions? Please let us know your thoughts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and go to the next bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: you have finished the study.

Your participant id is %1. Quote it to the researchers if you want to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of this bug cannot be read (%1); tell the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 · %2 · bug %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the facilitator: %1. The clock is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python interpreter is set up for the study; tell the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the snippet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verifying with %n seed(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study&apos;s expectation for this bug is invalid (%1); tell the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick at least one edit operation and one information component before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::VerdictComparisonDialog</name>
    <message>
        <source>Compare verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was verified at this commit or before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds showing the bug: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2%3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::VerdictPanel</name>
    <message>
        <source>Reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermittent: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported error&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Observed error&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Verify to run the snippet with every seed and compare what happens with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::WorkspaceHistoryModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

(undone by a later revert)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dlrepro::WorkspaceHistoryView</name>
    <message>
        <source>Branch from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace&apos;s history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected commit with a new revert commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch from here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new branch at the selected commit to try another path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the verdicts recorded at the two selected commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch shown; choose another to switch to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n commit(s) on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a detached HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes of %1 cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot branch from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not committed yet. Save a checkpoint or run the snippet first, so that nothing is lost when the branch is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <source>the report names no dataset dlrepro knows (resources/knowledge/datasets.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet defines the data it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loads %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report names the %1 dataset and the snippet uses %2 without loading it. P loads it with %3 from the cache directory $DLREPRO_DATA_DIR (downloading there unless DLREPRO_OFFLINE=1); when that fails — as it does without network — the code falls back at run time to a synthetic stand-in with the same shapes and %4, and prints so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet sets every hyperparameter it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (the study tried %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(documented defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the report and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets %1, which the snippet uses but never sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates %1 right before its first use, after the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets the remaining hyperparameters before their first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet uses %1 without setting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> From the report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not in the report, so the defaults of resources/knowledge/defaults.json: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which values did the reporter use? Assumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences of %1 token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet defines every data variable it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequences of %2 token ids below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defines %1, which the snippet uses but never defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet uses %1 without defining it; D generates %2 data in the snippet&apos;s framework (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, shaped by the report&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The report does not say: assumed %1 (resources/knowledge/defaults.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not give this; %1 was assumed. What does the real data look like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loads through the cache-aware helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet loads no pretrained model or tokenizer outside the cache-aware helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds the cache-aware loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrained weights and tokenizers must be downloaded once; M loads %1 through a helper that uses the local cache (HF_HOME) and, offline without a cached copy, stops with a message saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 in the local cache (HF_HOME)? Offline, the run cannot download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LSTM classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 model (one linear layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feed-forward network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feed-forward network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet defines the model it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model is a pretrained one: Downloading Models &amp; Tokenizers (M) loads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What value of %1 does the reporter pass to %2? %3 was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet uses %1 but never creates it; it defines the model class %2, so N instantiates it%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (constructor arguments assumed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet uses %1 but never builds it; N builds %2 in %3 from the report%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not said, assumed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not describe the model fully: %1 was assumed. What is the real architecture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defines %1 before its first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report quotes no error and no observed metric to verify against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assembled snippet reproduces the bug as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reproduced after %1 edit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edit action has anything left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after the maximum of %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 0 (as assembled): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out code blocks beyond %1 blocks / 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered the code blocks so that definitions come before their use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the driver code quoted in the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned printed values into data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences of %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added the assignments quoted in the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for reproducing deep-learning bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface (de, en, …); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window, once the report is shown, to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a participant&apos;s session of the user study in &lt;database&gt; (study mode: their bugs only, no settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant of --study (asked for when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report file, or so:ID, gh:owner/repo#N, or a web address; or a reproduction workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
