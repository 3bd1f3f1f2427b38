<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>A report file, or so:ID, gh:owner/repo#N, or a web address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
