import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A section of the source document the catalogue is grouped by.' })
export class CatalogueSection {
  @Field(() => String, { description: 'As "2" or "3.2".' })
  code!: string;

  @Field(() => String, { nullable: true })
  parent!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;
}
