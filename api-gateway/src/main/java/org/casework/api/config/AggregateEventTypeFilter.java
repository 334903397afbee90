package org.casework.api.config;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;

/**
 * Honours {@code @Aggregate(filterEventsByType = true)}, which Axon 4.13's {@code SpringAggregateLookup} does not
 * pass on to the aggregate's configurer. Without it, a command for an engagement that names a client's id would
 * replay the client's events into an empty engagement (and fail with a 500) instead of finding no engagement.
 */
class AggregateEventTypeFilter implements BeanFactoryPostProcessor {

    private static final String PROPERTY = "filterEventsByType";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanNamesForType(SpringAggregateConfigurer.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            // SpringAggregateLookup passes the aggregate class as the first constructor argument
            ConstructorArgumentValues.ValueHolder type =
                    definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
            if (type != null && type.getValue() instanceof Class<?> aggregateType) {
                Aggregate annotation = aggregateType.getAnnotation(Aggregate.class);
                if (annotation != null && annotation.filterEventsByType()) {
                    definition.getPropertyValues().add(PROPERTY, true);
                }
            }
        }
    }
}
