package org.pyconfgraph.publish.sparql;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.vocabulary.ListPFunction;
import org.apache.jena.vocabulary.RDFS;

/**
 * The functions the public endpoint offers, beyond SPARQL's own built-ins: the XSD casts, the XPath functions
 * that neither call other functions nor use regular expressions (REGEX and REPLACE are SPARQL's, and guarded),
 * the math functions whose cost does not grow with their arguments, and a few of ARQ's. Nothing else: ARQ would
 * otherwise load any Java class named by a {@code java:} IRI, and its {@code afn:} library includes
 * {@code afn:wait}, which sleeps without looking at the time limit.
 * <p>
 * Property functions are limited to the RDF list and container ones; any other IRI in a predicate position is
 * an ordinary predicate.
 */
final class PublicFunctions {
    private static final String XPATH = ARQConstants.fnPrefix;
    private static final String MATH = ARQConstants.mathPrefix;
    private static final String ARQ_FUNCTIONS = ARQConstants.ARQFunctionLibraryURI;

    /** XPath functions that are left out: one calls any function by name, two use unguarded regular expressions. */
    private static final Set<String> XPATH_LEFT_OUT = Set.of(XPATH + "apply", XPATH + "matches", XPATH + "replace");
    /** Integer powers grow without bound and cannot be interrupted. */
    private static final Set<String> MATH_LEFT_OUT = Set.of(MATH + "pow", MATH + "exp10");
    private static final List<String> ARQ_OFFERED = List.of("localname", "namespace", "min", "max", "strjoin",
        "sprintf", "collation", "pi", "e", "sqrt").stream().map(name -> ARQ_FUNCTIONS + name).toList();
    private static final List<String> PROPERTY_FUNCTIONS = List.of(ListPFunction.member.getURI(),
        ListPFunction.index.getURI(), ListPFunction.length.getURI(), RDFS.Init.member().getURI());

    private static final FunctionRegistry FUNCTIONS = functions();
    private static final PropertyFunctionRegistry PROPERTY_FUNCTION_REGISTRY = propertyFunctions();

    private PublicFunctions() {}

    /** True if a query may call the function with this IRI. */
    static boolean offers(String iri) { return FUNCTIONS.isRegistered(iri); }

    /** Makes an execution see only these functions and property functions. */
    static void restrict(QueryExecBuilder execution) {
        execution.set(ARQConstants.registryFunctions, FUNCTIONS);
        execution.set(ARQConstants.registryPropertyFunctions, PROPERTY_FUNCTION_REGISTRY);
    }

    private static FunctionRegistry functions() {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry offered = new ClosedFunctionRegistry();
        for (Iterator<String> iris = standard.keys(); iris.hasNext(); ) {
            String iri = iris.next();
            boolean cast = iri.startsWith(XSDDatatype.XSD + "#");
            boolean xpath = iri.startsWith(XPATH) && !XPATH_LEFT_OUT.contains(iri);
            boolean math = iri.startsWith(MATH) && !MATH_LEFT_OUT.contains(iri);
            if (cast || xpath || math) offered.put(iri, standard.get(iri));
        }
        for (String iri : ARQ_OFFERED) {
            FunctionFactory factory = standard.get(iri);
            if (factory == null) throw new IllegalStateException("ARQ has no function " + iri);
            offered.put(iri, factory);
        }
        return offered;
    }

    private static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry offered = new ClosedPropertyFunctionRegistry();
        for (String iri : PROPERTY_FUNCTIONS) {
            PropertyFunctionFactory factory = standard.get(iri);
            if (factory == null) throw new IllegalStateException("ARQ has no property function " + iri);
            offered.put(iri, factory);
        }
        return offered;
    }

    /** A registry that answers from its entries only, never loading a class an IRI names. */
    private static final class ClosedFunctionRegistry extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) { return isRegistered(uri) ? super.get(uri) : null; }
    }

    /** A property function registry that answers from its entries only, never loading a class an IRI names. */
    private static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String uri) { return isRegistered(uri); }

        @Override
        public PropertyFunctionFactory get(String uri) { return isRegistered(uri) ? super.get(uri) : null; }
    }
}
